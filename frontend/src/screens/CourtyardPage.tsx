// A courtyard (院坝): the 一长三员 roster with its history, households and
// their points, open issues on the six-step board, open tickets with their
// countdowns (overdue first), the quarter's lectures against the village's
// themes, ratings, awards and grants.
import { useParams } from 'react-router';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { enumLabel, t } from '../i18n';
import { areaPath } from '../lib/area';
import { quarterOf } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { Breadcrumbs, ErrorState, Loading, Empty, nodes, Section, formatTime, formatYuan } from '../ui';
import { IssueBoard, TicketTable } from './parts';
import { ExportButton } from './ExportButton';
import { CourtyardPhotos } from '../forms/RecordPhotos';
import { useLiveRefresh } from '../lib/live';
import { LiveIndicator } from './LiveIndicator';

export const CourtyardPageQuery = graphql(`
  query CourtyardPage($id: ID!, $quarter: String!, $from: Time!, $to: Time!) {
    node(id: $id) {
      id
      ... on Courtyard {
        name
        code
        latitude
        longitude
        village {
          id
          name
          town {
            id
            name
          }
          quarterThemes(where: { quarter: $quarter }, first: 10) {
            edges {
              node {
                id
                topic {
                  id
                  name
                }
                title
              }
            }
          }
        }
        roleAssignments(first: 60, orderBy: [{ field: STARTED_AT, direction: DESC }]) {
          edges {
            node {
              id
              role
              selection
              startedAt
              endedAt
              endReason
              endNote
              resident {
                id
                name
                partyMember
              }
              successor {
                id
                resident {
                  id
                  name
                }
              }
            }
          }
        }
        households(first: 200, orderBy: [{ field: NUMBER }]) {
          totalCount
          edges {
            node {
              id
              number
              headName
              pointBalance
            }
          }
        }
        pointEntries(first: 15, orderBy: [{ field: AWARDED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              points
              reason
              awardedAt
              household {
                id
                number
                headName
              }
            }
          }
        }
        issues(first: 100, where: { or: [{ stageNotIn: [EVALUATED, CLOSED] }, { stage: EVALUATED, evaluatedAtGTE: $from }] }, orderBy: [{ field: COLLECTED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              ...IssueCardFields
            }
          }
        }
        tickets(first: 100, where: { statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS] }, orderBy: [{ field: DUE_AT }]) {
          totalCount
          edges {
            node {
              ...TicketRowFields
            }
          }
        }
        sessions(first: 50, where: { kind: LECTURE, heldAtGTE: $from, heldAtLT: $to }, orderBy: [{ field: HELD_AT, direction: DESC }]) {
          edges {
            node {
              id
              topic {
                id
                name
              }
              theme
              note
              heldAt
              attendance
              speakerName
              speaker {
                id
                name
              }
              quarterTheme {
                id
                title
              }
            }
          }
        }
        ratings(first: 20, orderBy: [{ field: RATED_AT, direction: DESC }]) {
          totalCount
          edges {
            node {
              id
              target
              dimension
              score
              ratedAt
              comment
            }
          }
        }
        awards(first: 20, orderBy: [{ field: PERIOD, direction: DESC }]) {
          edges {
            node {
              id
              period
              category
              citation
              winner {
                id
                name
              }
            }
          }
        }
        grants(first: 20, orderBy: [{ field: PERIOD, direction: DESC }]) {
          edges {
            node {
              id
              amountFen
              purpose
              period
              description
            }
          }
        }
      }
    }
  }
`);

const roles = ['HEAD', 'PUBLICIST', 'AGENT', 'INFORMANT'] as const;

export function CourtyardPage() {
  const { id = '' } = useParams();
  const { period } = usePeriod();
  const quarter = period ? quarterOf(period) : '';
  const q = period ? { from: period.from, to: period.to } : { from: '', to: '' };
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CourtyardPageQuery,
    variables: { id, quarter, ...q },
    pause: !period,
  });
  const live = useLiveRefresh(id, reexecute);
  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data || fetching) return <Loading />;
  const c = data.node?.__typename === 'Courtyard' ? data.node : null;
  if (!c) return <Empty>{t('courtyard.notFound')}</Empty>;
  const qs = `?period=${period?.label ?? ''}`;
  const assignments = nodes(c.roleAssignments);
  const themes = nodes(c.village.quarterThemes);
  const lectures = nodes(c.sessions);
  const coveredThemes = new Set(lectures.map((l) => l.quarterTheme?.id).filter(Boolean));

  return (
    <div className="courtyard-page">
      <Breadcrumbs
        items={[
          { label: t('area.district'), to: '/' + qs },
          { label: c.village.town.name, to: areaPath({ level: 'town', id: c.village.town.id }) + qs },
          { label: c.village.name, to: areaPath({ level: 'village', id: c.village.id }) + qs },
          { label: c.name },
        ]}
      />
      <div className="page-head">
        <h1 className="page-title">{c.name}</h1>
        <LiveIndicator status={live} />
        <span className="muted">
          {t('common.code')} {c.code}
        </span>
        <div className="quick-actions">
          <Link className="button button-small" to={`/forms/issue?courtyard=${encodeURIComponent(c.id)}`}>
            {t('forms.raiseIssue')}
          </Link>
          <Link className="button button-small" to={`/forms/ticket?courtyard=${encodeURIComponent(c.id)}`}>
            {t('forms.submitTicket')}
          </Link>
          <Link className="button button-small" to={`/forms/lecture?courtyard=${encodeURIComponent(c.id)}`}>
            {t('forms.recordLecture')}
          </Link>
          <Link className="button button-small" to={`/print/rating-slips?courtyard=${encodeURIComponent(c.id)}`}>
            {t('slips.open')}
          </Link>
        </div>
      </div>

      <div className="grid-2">
        <Section title={t('courtyard.roster')}>
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('courtyard.role')}</th>
                  <th scope="col">{t('courtyard.holder')}</th>
                  <th scope="col">{t('courtyard.since')}</th>
                  <th scope="col">{t('courtyard.history')}</th>
                </tr>
              </thead>
              <tbody>
                {roles.map((r) => {
                  const all = assignments.filter((a) => a.role === r);
                  const active = all.find((a) => !a.endedAt);
                  const past = all.filter((a) => a.endedAt);
                  return (
                    <tr key={r} className={active ? '' : 'vacant'}>
                      <th scope="row">{enumLabel('RoleAssignmentRole', r)}</th>
                      <td>
                        {active ? (
                          <>
                            {active.resident.name}
                            {active.resident.partyMember && (
                              <span className="tag tag-party">{t('courtyard.partyMember')}</span>
                            )}
                            <span className="muted"> · {enumLabel('RoleAssignmentSelection', active.selection)}</span>
                          </>
                        ) : (
                          <span className="status-error">{t('courtyard.vacant')}</span>
                        )}
                      </td>
                      <td>{active && formatTime(active.startedAt)}</td>
                      <td>
                        {past.length === 0 ? (
                          <span className="muted">—</span>
                        ) : (
                          <ul className="history">
                            {past.map((a) => (
                              <li key={a.id}>
                                {a.resident.name} {formatTime(a.startedAt)}–{formatTime(a.endedAt)} ·{' '}
                                {enumLabel('RoleAssignmentEndReason', a.endReason)}
                                {a.endNote && <span className="muted">（{a.endNote}）</span>}
                                {a.successor && <> → {a.successor.resident.name}</>}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </Section>

        <Section
          title={t('courtyard.households', { count: c.households.totalCount })}
          actions={<ExportButton name="households" where={{ courtyardID: c.id }} />}
        >
          {c.households.totalCount === 0 ? (
            <Empty />
          ) : (
            <ul className="chips" tabIndex={0}>
              {nodes(c.households).map((h) => (
                <li key={h.id}>
                  {h.number} {h.headName} <strong>{t('points.balance', { points: h.pointBalance })}</strong>
                </li>
              ))}
            </ul>
          )}
          <h3>{t('courtyard.recentPoints', { count: c.pointEntries.totalCount })}</h3>
          {nodes(c.pointEntries).length === 0 ? (
            <Empty />
          ) : (
            <div className="table-wrap">
              <table className="table">
                <tbody>
                  {nodes(c.pointEntries).map((p) => (
                    <tr key={p.id}>
                      <td>{formatTime(p.awardedAt)}</td>
                      <td>{p.household ? `${p.household.number} ${p.household.headName}` : '—'}</td>
                      <td>{p.reason}</td>
                      <td className={p.points < 0 ? 'num status-error' : 'num'}>
                        {p.points > 0 ? `+${p.points}` : p.points}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>
      </div>

      <Section title={t('courtyard.issues', { count: c.issues.totalCount })}>
        {c.issues.totalCount === 0 ? <Empty>{t('issues.none')}</Empty> : <IssueBoard issues={nodes(c.issues)} />}
      </Section>

      <Section title={t('courtyard.tickets', { count: c.tickets.totalCount })}>
        {c.tickets.totalCount === 0 ? <Empty>{t('tickets.none')}</Empty> : <TicketTable tickets={nodes(c.tickets)} />}
      </Section>

      <CourtyardPhotos courtyardId={id} />

      <div className="grid-2">
        <Section title={t('courtyard.lectures', { quarter })}>
          {themes.length === 0 ? (
            <p className="status status-error">{t('courtyard.noThemes')}</p>
          ) : (
            <ul className="themes">
              {themes.map((th) => (
                <li key={th.id} className={coveredThemes.has(th.id) ? 'covered' : 'uncovered'}>
                  <span className="tag">{th.topic.name}</span> {th.title}{' '}
                  <strong>
                    {coveredThemes.has(th.id) ? t('courtyard.themeCovered') : t('courtyard.themeNotCovered')}
                  </strong>
                </li>
              ))}
            </ul>
          )}
          {lectures.length === 0 ? (
            <Empty>{t('courtyard.noLectures')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table">
                <tbody>
                  {lectures.map((l) => (
                    <tr key={l.id}>
                      <td>{formatTime(l.heldAt)}</td>
                      <td>
                        {l.topic && <span className="tag">{l.topic.name}</span>} {l.quarterTheme?.title ?? l.theme}
                        {l.note && <div className="muted">{l.note}</div>}
                      </td>
                      <td>{l.speaker?.name ?? l.speakerName}</td>
                      <td className="num">{t('courtyard.attendance', { count: l.attendance })}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>
        <Section title={t('courtyard.ratings', { count: c.ratings.totalCount })}>
          {nodes(c.ratings).length === 0 ? (
            <Empty />
          ) : (
            <div className="table-wrap">
              <table className="table">
                <tbody>
                  {nodes(c.ratings).map((r) => (
                    <tr key={r.id}>
                      <td>{formatTime(r.ratedAt)}</td>
                      <td>
                        {enumLabel('RatingTarget', r.target)} · {enumLabel('RatingDimension', r.dimension)}
                      </td>
                      <td className="num">{r.score}</td>
                      <td>{r.comment}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </Section>
      </div>

      <div className="grid-2">
        <Section title={t('courtyard.awards')}>
          {nodes(c.awards).length === 0 ? (
            <Empty />
          ) : (
            <ul>
              {nodes(c.awards).map((a) => (
                <li key={a.id}>
                  {a.period} · {enumLabel('AwardCategory', a.category)} {a.winner?.name}{' '}
                  {a.citation && <span className="muted">— {a.citation}</span>}
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('courtyard.grants')}>
          {nodes(c.grants).length === 0 ? (
            <Empty />
          ) : (
            <ul>
              {nodes(c.grants).map((g) => (
                <li key={g.id}>
                  {g.period} · {enumLabel('GrantPurpose', g.purpose)} <strong>{formatYuan(g.amountFen)}</strong>{' '}
                  {g.description && <span className="muted">— {g.description}</span>}
                </li>
              ))}
            </ul>
          )}
        </Section>
      </div>
    </div>
  );
}
