// The home of courtyard officers and village cadres (我的工作台): their to-dos
// — issues waiting at their step, tickets due soon or overdue, the quarter's
// themes without a lecture, points awaiting their confirmation, posts to fill
// and officers to replace — each one tap from its form, and their courtyards.
// The lists come from the API's myWork, scoped to the account's area.
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useMe } from '../App';
import { graphql } from '../gql';
import type { MyWorkQuery, WorkKind } from '../gql/graphql';
import { t, type MessageKey } from '../i18n';
import { QueryState, formatTime } from '../ui';

export const MyWorkDocument = graphql(`
  query MyWork($first: Int) {
    myWork(first: $first) {
      asOf
      area {
        key
        id
        name
        parentName
      }
      lists {
        kind
        totalCount
        items {
          id
          subject
          detail
          at
          urgent
          place {
            key
            id
            name
            parentName
          }
        }
      }
    }
  }
`);

type Item = MyWorkQuery['myWork']['lists'][number]['items'][number];

/** Each list's title, empty text and the route that opens an item (its form). */
const kinds: Record<WorkKind, { title: MessageKey; open: (it: Item, courtyard?: string) => string; all?: string }> = {
  ISSUE: { title: 'home.issues', open: (it) => `/forms/issue/${encodeURIComponent(it.id)}`, all: '/boards/issues' },
  TICKET: { title: 'home.tickets', open: (it) => `/forms/ticket/${encodeURIComponent(it.id)}`, all: '/boards/tickets' },
  // A theme's lecture in the account's one courtyard, when it has one.
  THEME: {
    title: 'home.themes',
    open: (it, courtyard) =>
      `/forms/lecture?theme=${encodeURIComponent(it.id)}${courtyard ? `&courtyard=${encodeURIComponent(courtyard)}` : ''}`,
  },
  PROPOSAL: { title: 'home.proposals', open: (it) => `/forms/points?entry=${encodeURIComponent(it.id)}` },
  VACANT_ROLE: { title: 'home.vacant', open: (it) => `/courtyard/${encodeURIComponent(it.id)}`, all: '/boards/gaps' },
  OFFICER_FAILING: {
    title: 'home.failing',
    open: (it) => (it.place.id ? `/courtyard/${encodeURIComponent(it.place.id)}` : '/boards/gaps'),
    all: '/boards/gaps',
  },
  COURTYARD: { title: 'home.courtyards', open: (it) => `/courtyard/${encodeURIComponent(it.id)}` },
};

export function Home() {
  const me = useMe();
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: MyWorkDocument,
    variables: { first: 5 },
    // Back on the home after a step, the lists as they are now (shown at once
    // from the cache meanwhile).
    requestPolicy: 'cache-and-network',
  });
  const work = data?.myWork;
  const todos = work?.lists.filter((l) => l.kind !== 'COURTYARD') ?? [];
  const courtyards = work?.lists.find((l) => l.kind === 'COURTYARD');
  const pending = todos.reduce((n, l) => n + l.totalCount, 0);
  const area = work?.area;
  const overview =
    area?.id && area.key === 'VILLAGE'
      ? `/village/${encodeURIComponent(area.id)}`
      : area?.id && area.key === 'TOWN'
        ? `/town/${encodeURIComponent(area.id)}`
        : null;
  return (
    <div className="home">
      <div className="page-head">
        <h1 className="page-title">{t('home.title')}</h1>
      </div>
      <p className="status home-who">
        {[me.displayName || me.username, area?.parentName, area?.name].filter(Boolean).join(' · ')}
        {overview && (
          <>
            {' · '}
            <Link to={overview}>{t('home.overview')}</Link>
          </>
        )}
      </p>
      <Link to="/forms" className="button home-forms">
        {t('nav.forms')}
      </Link>
      <QueryState
        fetching={fetching}
        error={error}
        hasData={!!work}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        <h2 className="home-heading">
          {t('home.todos')} <span className="badge">{pending}</span>
        </h2>
        {pending === 0 && <p className="status empty">{t('home.nothing')}</p>}
        {todos
          .filter((l) => l.totalCount > 0)
          .map((l) => (
            <WorkSection
              key={l.kind}
              kind={l.kind}
              total={l.totalCount}
              items={l.items}
              courtyard={courtyards?.totalCount === 1 ? courtyards.items[0]?.id : undefined}
            />
          ))}
        {courtyards && <WorkSection kind="COURTYARD" total={courtyards.totalCount} items={courtyards.items} />}
        {work && <p className="muted home-asof">{t('home.asOf', { at: formatTime(work.asOf, true) })}</p>}
      </QueryState>
    </div>
  );
}

function WorkSection({
  kind,
  total,
  items,
  courtyard,
}: {
  kind: WorkKind;
  total: number;
  items: Item[];
  courtyard?: string;
}) {
  const k = kinds[kind];
  const id = `home-${kind.toLowerCase()}`;
  return (
    <section className="card home-list" aria-labelledby={id} data-kind={kind}>
      <h3 id={id}>
        {t(k.title)} <span className="badge">{total}</span>
      </h3>
      <ul>
        {items.map((it) => (
          <li key={it.id} className={it.urgent ? 'urgent' : undefined}>
            <Link to={k.open(it, courtyard)}>
              <span className="home-subject">{it.subject}</span>
              <span className="home-meta">
                {[
                  kind !== 'COURTYARD' && it.place.name,
                  it.detail,
                  it.at && formatTime(it.at),
                  it.urgent && t(kind === 'TICKET' ? 'home.overdue' : 'home.urgent'),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </Link>
          </li>
        ))}
      </ul>
      {total > items.length && (
        <p className="home-more">
          {k.all ? (
            <Link to={k.all}>{t('home.more', { count: total - items.length })}</Link>
          ) : (
            t('home.more', { count: total - items.length })
          )}
        </p>
      )}
    </section>
  );
}
