// Lecture coverage: for one town and quarter, each village against the
// district's lecture topics (the eight 院坝八讲 and those the district added)
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
import { Loading, QueryState, Section, nodes } from '../ui';
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

export function LectureMatrix() {
  const me = useMe();
  const { period, setPeriod } = usePeriod();
  const { town, village } = useAreaFilter();
  const quarter = period ? quarterOf(period) : '';
  // A district-wide account picks a town first (a district matrix is hundreds of rows).
  const needsTown = (me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST') && !town;
  const where = village ? { id: village } : town ? { townID: town } : {};
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: LectureMatrixQuery,
    variables: { where, quarter },
    pause: !period || needsTown,
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
        <AreaFilter requireTown={me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST'} />
        {period && <PeriodPicker period={period} onChange={setPeriod} />}
      </div>
      {!period ? (
        <Loading />
      ) : needsTown ? (
        <p className="status">{t('lectures.chooseTown')}</p>
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
