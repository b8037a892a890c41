// Pieces shared by the courtyard page and the boards: the six-step issue
// board and the ticket list with its time-limit countdowns.
import { useState } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { IssueCardFieldsFragment, TicketRowFieldsFragment } from '../gql/graphql';
import { enumLabel, t } from '../i18n';
import { formatTime } from '../ui';

export const issueStages = ['COLLECTED', 'CONFIRMED', 'VISITED', 'DECIDED', 'EXECUTED', 'EVALUATED'] as const;

/** The fields of an issue's card on the board, asked for by every query that shows it. */
export const IssueCardFields = graphql(`
  fragment IssueCardFields on Issue {
    id
    title
    category
    stage
    collectedAt
    escalatedAt
    escalationApprovedAt
    votesFor
    votesAgainst
    votesAbstain
  }
`);

/** Where a card or row links to its courtyard (the boards across courtyards ask for it). */
type CourtyardLink = { courtyard?: { id: string; name: string } | null };

/** An issue's card on the board, with its courtyard when the board spans several. */
export type IssueCard = IssueCardFieldsFragment & CourtyardLink;

export function IssueBoard({
  issues,
  counts,
  showCourtyard = false,
}: {
  issues: (FragmentType<typeof IssueCardFields> & CourtyardLink)[];
  counts?: Record<string, number>;
  showCourtyard?: boolean;
}) {
  const cards: IssueCard[] = issues.map((x) => ({ ...getFragmentData(IssueCardFields, x), courtyard: x.courtyard }));
  return (
    <div className="board" role="list" aria-label={t('issues.board')}>
      {issueStages.map((stage, i) => {
        const inStage = cards.filter((x) => x.stage === stage);
        return (
          <section key={stage} className="board-col" role="listitem" aria-label={enumLabel('IssueStage', stage)}>
            <h3>
              <span className="step-no">{i + 1}</span> {enumLabel('IssueStage', stage)}{' '}
              <span className="count">{counts?.[stage] ?? inStage.length}</span>
            </h3>
            <ul>
              {inStage.map((x) => (
                <li key={x.id} className="board-card">
                  <Link to={`/forms/issue/${encodeURIComponent(x.id)}`}>{x.title}</Link>
                  <span className={`tag tag-${x.category.toLowerCase()}`}>
                    {enumLabel('IssueCategory', x.category)}
                  </span>
                  {x.escalatedAt && !x.escalationApprovedAt && (
                    <span className="tag tag-warn">{t('issues.awaitingApproval')}</span>
                  )}
                  {x.votesFor != null && (
                    <span className="votes">
                      {t('issues.votes', {
                        for: x.votesFor,
                        against: x.votesAgainst ?? 0,
                        abstain: x.votesAbstain ?? 0,
                      })}
                    </span>
                  )}
                  {showCourtyard && x.courtyard && (
                    <Link className="muted" to={`/courtyard/${encodeURIComponent(x.courtyard.id)}`}>
                      {x.courtyard.name}
                    </Link>
                  )}
                  <span className="muted">{formatTime(x.collectedAt)}</span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

/** The fields of a ticket's row in the lists, asked for by every query that shows it. */
export const TicketRowFields = graphql(`
  fragment TicketRowFields on Ticket {
    id
    status
    dueAt
    submittedAt
    overdue
    serviceType {
      id
      name
    }
    applicant {
      id
      name
    }
  }
`);

/** A ticket's row in the lists, with its courtyard when the list spans several. */
export type TicketRow = TicketRowFieldsFragment & CourtyardLink;

const DAY = 86_400_000;

/** Days left to `dueAt` (negative: overdue), from `now`. */
export function daysLeft(dueAt: string, now = Date.now()): number {
  return (new Date(dueAt).getTime() - now) / DAY;
}

/** The SLA colour of an open ticket: overdue, due within a day, or in time. */
export function slaClass(t: Pick<TicketRow, 'overdue' | 'dueAt' | 'status'>, now = Date.now()): string {
  if (t.overdue) return 'sla-overdue';
  if (!t.dueAt || t.status === 'COMPLETED') return 'sla-none';
  return daysLeft(t.dueAt, now) < 1 ? 'sla-soon' : 'sla-ok';
}

/** Overdue first, then by due time (none last). */
export function overdueFirst<T extends Pick<TicketRow, 'overdue' | 'dueAt' | 'submittedAt'>>(rows: T[]): T[] {
  return [...rows].sort((a, b) => {
    if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
    const da = a.dueAt ? new Date(a.dueAt).getTime() : Infinity;
    const db = b.dueAt ? new Date(b.dueAt).getTime() : Infinity;
    return da - db || a.submittedAt.localeCompare(b.submittedAt);
  });
}

/** Days or hours left to a ticket's due time, or how long overdue; `now` defaults to the clock. */
export function Countdown({ dueAt, overdue, now }: { dueAt?: string | null; overdue: boolean; now?: number }) {
  if (!dueAt) return <span className="muted">{t('tickets.notAccepted')}</span>;
  const d = daysLeft(dueAt, now);
  if (overdue || d < 0)
    return <span className="countdown">{t('tickets.overdueBy', { days: Math.max(0, Math.ceil(-d)) })}</span>;
  return (
    <span className="countdown">
      {d < 1
        ? t('tickets.dueHours', { hours: Math.max(0, Math.floor(d * 24)) })
        : t('tickets.dueIn', { days: Math.floor(d) })}
    </span>
  );
}

/**
 * 数据截至 …: the instant a screen's figures and overdue are judged at — its
 * asOf, else the moment it was opened, or the end of its period (until) if
 * sooner, as the server takes snapshots.
 */
export function AsOfNote({ asOf, until }: { asOf?: string | null; until?: string | null }) {
  const [opened] = useState(() => new Date().toISOString());
  const at = asOf || (until && Date.parse(until) < Date.parse(opened) ? until : opened);
  return (
    <p className="note" data-testid="as-of">
      {t('common.asOf', { time: formatTime(at, true) })}
    </p>
  );
}

export function TicketTable({
  tickets,
  showCourtyard = false,
  now,
}: {
  /** overdueAt, when the query asks overdue(asOf: …), replaces the fragment's overdue (at now). */
  tickets: (FragmentType<typeof TicketRowFields> & CourtyardLink & { overdueAt?: boolean | null })[];
  showCourtyard?: boolean;
  now?: number;
}) {
  const rows: TicketRow[] = tickets.map((x) => {
    const row = { ...getFragmentData(TicketRowFields, x), courtyard: x.courtyard };
    return x.overdueAt == null ? row : { ...row, overdue: x.overdueAt };
  });
  return (
    <div className="table-wrap">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('tickets.service')}</th>
            <th scope="col">{t('tickets.applicant')}</th>
            {showCourtyard && <th scope="col">{t('area.courtyard')}</th>}
            <th scope="col">{t('tickets.status')}</th>
            <th scope="col">{t('tickets.submittedAt')}</th>
            <th scope="col">{t('tickets.timeLimit')}</th>
          </tr>
        </thead>
        <tbody>
          {overdueFirst(rows).map((x) => (
            <tr key={x.id} className={slaClass(x, now)}>
              <td>
                <Link to={`/forms/ticket/${encodeURIComponent(x.id)}`}>{x.serviceType.name}</Link>
              </td>
              <td>{x.applicant.name}</td>
              {showCourtyard && (
                <td>
                  {x.courtyard && (
                    <Link to={`/courtyard/${encodeURIComponent(x.courtyard.id)}`}>{x.courtyard.name}</Link>
                  )}
                </td>
              )}
              <td>{enumLabel('TicketStatus', x.status)}</td>
              <td>{formatTime(x.submittedAt)}</td>
              <td>
                <Countdown dueAt={x.dueAt} overdue={x.overdue} now={now} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
