// Lecture coverage at every level: for the district, each town against the
// district's lecture topics (how many of its villages picked a theme on each
// and how many of those were lectured on, and the lectures held: the metric
// catalogue's THEMES_PICKED, THEMES_LECTURED and LECTURES, grouped by town and
// topic); for a town or a village, each village against the topics (the eight 院坝八讲 and those the district added)
// — which are the village's themes of the quarter and how many lectures were
// held on each (counted by the server). District administrators add and
// deactivate topics below the matrix.
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { type FormEvent } from 'react';
import { t } from '../i18n';
import { Field, OutcomeView, optional, str, useWorkflow } from '../forms/common';
import { quarterOf } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { Loading, QueryState, Section, compareNames, nodes } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { PeriodPicker } from './AreaPage';
import { ExportButton } from './ExportButton';
import { useMe } from '../App';

export const LectureMatrixQuery = graphql(`
  query LectureMatrix($where: VillageWhereInput, $quarter: String!) {
    lectureTopics(first: 100, orderBy: [{ field: POSITION }]) {
      edges {
        node {
          id
          code
          name
          nameEn
          active
        }
      }
    }
    villages(first: 300, where: $where, orderBy: [{ field: CODE }]) {
      totalCount
      edges {
        node {
          id
          name
          quarterThemes(first: 8, where: { quarter: $quarter }) {
            edges {
              node {
                id
                topic {
                  id
                }
                title
                sessions {
                  totalCount
                }
              }
            }
          }
        }
      }
    }
  }
`);

/** The district's matrix: towns × topics, from the metric catalogue (stats). */
export const LectureTownsQuery = graphql(`
  query LectureTowns($quarter: String!) {
    stats(
      metrics: [THEMES_PICKED, THEMES_LECTURED, LECTURES]
      where: { period: $quarter }
      groupBy: [TOWN, TOPIC]
      first: 10000
    ) {
      rows {
        keys {
          id
          name
        }
        values
      }
    }
  }
`);

/** One town's cell of a topic: villages with a theme on it, of them lectured on, and the lectures held. */
export interface TownCell {
  picked: number;
  lectured: number;
  lectures: number;
}

/**
 * The towns × topics matrix of stats rows keyed [town, topic] with values
 * [THEMES_PICKED, THEMES_LECTURED, LECTURES]: the towns in the rows' order
 * of first appearance (sorted by name), the cells by town id and topic id.
 */
export function townMatrix(
  rows: readonly { keys: readonly { id?: string | null; name: string }[]; values: readonly (number | null)[] }[],
) {
  const towns = new Map<string, string>();
  const cells = new Map<string, TownCell>();
  for (const r of rows) {
    const [town, topic] = r.keys;
    if (!town?.id || !topic?.id) continue;
    towns.set(town.id, town.name);
    cells.set(`${town.id}/${topic.id}`, {
      picked: r.values[0] ?? 0,
      lectured: r.values[1] ?? 0,
      lectures: r.values[2] ?? 0,
    });
  }
  return {
    towns: [...towns].map(([id, name]) => ({ id, name })).sort((a, b) => compareNames(a.name, b.name)),
    cell: (town: string, topic: string): TownCell | undefined => cells.get(`${town}/${topic}`),
  };
}

function TownsMatrix({ quarter, topics }: { quarter: string; topics: { id: string; name: string }[] }) {
  const { set } = useAreaFilter();
  const [{ data, fetching, error }, reexecute] = useQuery({ query: LectureTownsQuery, variables: { quarter } });
  const m = townMatrix(data?.stats.rows ?? []);
  return (
    <QueryState
      fetching={fetching}
      error={error}
      hasData={!!data}
      isEmpty={m.towns.length === 0}
      onRetry={() => reexecute({ requestPolicy: 'network-only' })}
    >
      <div className="table-wrap" tabIndex={0}>
        <table className="table matrix" data-testid="lecture-towns">
          <thead>
            <tr>
              <th scope="col">{t('area.town')}</th>
              {topics.map((tp) => (
                <th scope="col" key={tp.id}>
                  {tp.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {m.towns.map((town) => (
              <tr key={town.id}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => set('town', town.id, ['village'])}>
                    {town.name}
                  </button>
                </th>
                {topics.map((tp) => {
                  const c = m.cell(town.id, tp.id);
                  if (!c || c.picked === 0)
                    return <td key={tp.id} className="cell-none" aria-label={t('lectures.legendNone')} />;
                  return (
                    <td key={tp.id} className={c.lectured >= c.picked ? 'cell-covered' : 'cell-uncovered'}>
                      {c.lectured}/{c.picked} · {c.lectures}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </QueryState>
  );
}

export function LectureMatrix() {
  const me = useMe();
  const { period, setPeriod } = usePeriod();
  const { town, village } = useAreaFilter();
  const quarter = period ? quarterOf(period) : '';
  // A district-wide account without a town sees the towns' matrix (a
  // district's villages are hundreds of rows); the villages' one below.
  const districtWide = (me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST') && !town && !village;
  const where = village ? { id: village } : town ? { townID: town } : {};
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LectureMatrixQuery,
    variables: { where: districtWide ? { idIn: [] } : where, quarter },
    pause: !period,
  });
  const villages = nodes(data?.villages);
  const catalogue = nodes(data?.lectureTopics);
  // Columns: the active topics, and inactive ones some village still has a theme on.
  const used = new Set(villages.flatMap((v) => nodes(v.quarterThemes).map((th) => th.topic.id)));
  const topics = catalogue.filter((tp) => tp.active || used.has(tp.id));
  return (
    <div>
      <h1 className="page-title">{t('nav.lectures')}</h1>
      <div className="filters-bar">
        <AreaFilter />
        {period && <PeriodPicker period={period} onChange={setPeriod} />}
      </div>
      {!period ? (
        <Loading />
      ) : districtWide ? (
        <Section
          title={t('lectures.matrixTowns', { quarter })}
          actions={<ExportButton name="quarterThemes" where={{ quarter }} />}
        >
          <p className="legend">
            <span className="cell-covered">{t('lectures.legendCovered')}</span>{' '}
            <span className="cell-uncovered">{t('lectures.legendUncovered')}</span>{' '}
            <span className="cell-none">{t('lectures.legendNone')}</span>
          </p>
          {data ? <TownsMatrix quarter={quarter} topics={topics} /> : <Loading />}
        </Section>
      ) : (
        <Section
          title={t('lectures.matrix', { quarter })}
          actions={<ExportButton name="quarterThemes" where={{ quarter }} />}
        >
          <p className="legend">
            <span className="cell-covered">{t('lectures.legendCovered')}</span>{' '}
            <span className="cell-uncovered">{t('lectures.legendUncovered')}</span>{' '}
            <span className="cell-none">{t('lectures.legendNone')}</span>
          </p>
          <QueryState
            fetching={fetching}
            error={error}
            hasData={!!data}
            isEmpty={villages.length === 0}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            <div className="table-wrap" tabIndex={0}>
              <table className="table matrix">
                <thead>
                  <tr>
                    <th scope="col">{t('area.village')}</th>
                    {topics.map((tp) => (
                      <th scope="col" key={tp.id}>
                        {tp.name}
                      </th>
                    ))}
                    <th scope="col">{t('lectures.themes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {villages.map((v) => {
                    const themes = nodes(v.quarterThemes);
                    return (
                      <tr key={v.id} className={themes.length < 2 ? 'row-short' : ''}>
                        <th scope="row">{v.name}</th>
                        {topics.map((tp) => {
                          const th = themes.find((x) => x.topic.id === tp.id);
                          if (!th)
                            return <td key={tp.id} className="cell-none" aria-label={t('lectures.legendNone')} />;
                          const n = th.sessions.totalCount;
                          return (
                            <td key={tp.id} className={n > 0 ? 'cell-covered' : 'cell-uncovered'} title={th.title}>
                              {n}
                            </td>
                          );
                        })}
                        <td className={themes.length < 2 ? 'status-error' : ''}>{themes.length}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            </div>
          </QueryState>
        </Section>
      )}
      {me.role === 'DISTRICT_ADMIN' && data && (
        <LectureTopicsSection topics={catalogue} onChanged={() => reexecute({ requestPolicy: 'network-only' })} />
      )}
    </div>
  );
}

export const AddLectureTopicMutation = graphql(`
  mutation AddLectureTopic($input: AddLectureTopicInput!) {
    addLectureTopic(input: $input) {
      lectureTopic {
        id
        code
        name
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const ChangeLectureTopicMutation = graphql(`
  mutation ChangeLectureTopic($input: ChangeLectureTopicInput!) {
    changeLectureTopic(input: $input) {
      lectureTopic {
        id
        active
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

interface TopicRow {
  id: string;
  code: string;
  name: string;
  nameEn?: string | null;
  active: boolean;
}

/** The district's lecture topics: add one (e.g. 文明实践), deactivate or reactivate one. */
export function LectureTopicsSection({ topics, onChanged }: { topics: TopicRow[]; onChanged: () => void }) {
  const add = useWorkflow(AddLectureTopicMutation, (d) => d.addLectureTopic);
  const update = useWorkflow(ChangeLectureTopicMutation, (d) => d.changeLectureTopic);
  async function onAdd(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = e.currentTarget;
    const f = new FormData(form);
    const done = await add.run(t('topics.add'), {
      code: str(f.get('code')).toUpperCase(),
      name: str(f.get('name')),
      nameEn: optional(f.get('nameEn')),
    });
    if (done && done.userErrors.length === 0) {
      form.reset();
      onChanged();
    }
  }
  async function toggle(tp: TopicRow) {
    const done = await update.run(tp.active ? t('topics.deactivate') : t('topics.activate'), {
      id: tp.id,
      active: !tp.active,
    });
    if (done && done.userErrors.length === 0) onChanged();
  }
  return (
    <Section title={t('topics.title')}>
      <div className="table-wrap" tabIndex={0}>
        <table className="table" data-testid="lecture-topics">
          <tbody>
            {topics.map((tp) => (
              <tr key={tp.id} className={tp.active ? '' : 'muted'}>
                <td>{tp.code}</td>
                <td>
                  {tp.name}
                  {tp.nameEn ? <span className="muted"> · {tp.nameEn}</span> : null}
                </td>
                <td>{tp.active ? t('topics.active') : t('topics.inactive')}</td>
                <td>
                  <button type="button" className="button" onClick={() => void toggle(tp)}>
                    {tp.active ? t('topics.deactivate') : t('topics.activate')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <OutcomeView outcome={update.outcome} />
      <form className="form" onSubmit={onAdd}>
        <Field label={t('topics.code')} hint={t('topics.codeHint')}>
          {(id) => <input id={id} name="code" required pattern="[A-Za-z][A-Za-z0-9_]{1,31}" />}
        </Field>
        <Field label={t('topics.name')}>{(id) => <input id={id} name="name" required />}</Field>
        <Field label={t('topics.nameEn')}>{(id) => <input id={id} name="nameEn" />}</Field>
        <OutcomeView outcome={add.outcome} success={<p>{t('topics.added')}</p>} />
        <button type="submit" className="button button-primary" disabled={add.outcome.kind === 'sending'}>
          {t('topics.add')}
        </button>
      </form>
    </Section>
  );
}
