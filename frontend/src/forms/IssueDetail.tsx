// An issue's detail on a phone: its stage on the track of 收集 → 确定 → 走访 →
// 议定 → 执行 → 评价, the vote, the decision, the next step and the history.
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData } from '../gql';
import { roleLabel } from '../auth';
import { enumLabel, t } from '../i18n';
import { Breadcrumbs, ErrorState, Loading, formatTime, formatYuan } from '../ui';
import { issueStages } from '../screens/parts';
import { NextStep } from './IssueNextStep';
import { IssueFields, IssueQuery, type IssueData } from './issueOperations';
import { VoteTally } from './VoteTally';
import { StepPhotos } from './RecordPhotos';

function useIssue(id: string) {
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: IssueQuery,
    variables: { id },
    requestPolicy: 'network-only',
  });
  const node = data?.node;
  // urql adds __typename to every selection: the node is an issue when it says so.
  const issue = node?.__typename === 'Issue' ? getFragmentData(IssueFields, node) : null;
  return { issue, fetching, error, reload: () => reexecute({ requestPolicy: 'network-only' }), loaded: !!data };
}

/** The issue at /forms/issue/:id, carried on by its next step. */
export function AdvanceIssueForm() {
  const { id = '' } = useParams();
  const { issue, error, reload, loaded } = useIssue(id);
  if (error && !loaded) return <ErrorState error={error} onRetry={reload} />;
  if (!loaded) return <Loading />;
  if (!issue) return <p className="status">{t('issues.notFound')}</p>;
  return <IssueSteps issue={issue} onChanged={reload} />;
}

function StageTrack({ stage, closed }: { stage: string; closed: boolean }) {
  const idx = issueStages.indexOf(stage as (typeof issueStages)[number]);
  return (
    <ol className="stage-track" aria-label={t('issues.progress')}>
      {issueStages.map((s, i) => (
        <li
          key={s}
          className={i < idx || (closed && i <= idx) ? 'done' : i === idx ? 'current' : ''}
          aria-current={i === idx ? 'step' : undefined}
        >
          <span className="step-no">{i + 1}</span>
          {enumLabel('IssueStage', s)}
        </li>
      ))}
    </ol>
  );
}

function IssueSteps({ issue, onChanged }: { issue: IssueData; onChanged: () => void }) {
  const closed = issue.stage === 'CLOSED' || !!issue.closedAt;
  return (
    <div className="phone-form">
      <Breadcrumbs
        items={[
          { label: issue.courtyard.village.name },
          { label: issue.courtyard.name, to: `/courtyard/${encodeURIComponent(issue.courtyard.id)}` },
          { label: issue.title },
        ]}
      />
      <h1 className="page-title">{issue.title}</h1>
      <p>
        <span className="tag">{enumLabel('IssueCategory', issue.category)}</span>{' '}
        <strong data-testid="issue-stage">{enumLabel('IssueStage', issue.stage)}</strong>
        {issue.escalatedAt && !issue.escalationApprovedAt && (
          <span className="tag tag-warn">{t('issues.awaitingApproval')}</span>
        )}
      </p>
      {issue.description && <p className="muted">{issue.description}</p>}
      <StageTrack stage={issue.stage} closed={closed} />
      {issue.votesFor != null && (
        <VoteTally
          forVotes={issue.votesFor}
          against={issue.votesAgainst ?? 0}
          abstain={issue.votesAbstain ?? 0}
          present={issue.votesPresent ?? undefined}
        />
      )}
      {issue.emergencyAt && (
        <p data-testid="issue-emergency">
          <span className="tag tag-warn">{enumLabel('IssueStepStep', 'EMERGENCY')}</span>{' '}
          {formatTime(issue.emergencyAt, true)} · {t('issues.emergencyAt', { action: issue.emergencyAction ?? '' })}
        </p>
      )}
      {issue.customOutcome && (
        <p>
          {t('issues.customOutcome')}:{' '}
          <span className="tag">{enumLabel('IssueCustomOutcome', issue.customOutcome)}</span>
        </p>
      )}
      {issue.decision && (
        <p>
          {t('issues.decision')}: {issue.decision}{' '}
          {issue.collectiveFundFen ? `· ${formatYuan(issue.collectiveFundFen)}` : ''}
        </p>
      )}
      <NextStep issue={issue} onChanged={onChanged} />
      <section className="card">
        <h2>{t('issues.history')}</h2>
        <ol className="history">
          {(issue.steps ?? []).map((s) => (
            <li key={s.id}>
              {formatTime(s.at, true)} · {enumLabel('IssueStepStep', s.step)}
              {s.actorName && (
                <span className="step-actor">
                  {' '}
                  · {s.actorName}
                  {s.actorRole && `（${roleLabel(s.actorRole)}）`}
                </span>
              )}{' '}
              {s.ratified != null && (
                <span className="tag">{s.ratified ? t('issues.ratified') : t('issues.notRatified')}</span>
              )}{' '}
              {recordedLater(s.at, s.recordedAt) && (
                <span className="muted">
                  （
                  {t('issues.occurredRecorded', {
                    occurred: formatTime(s.at, true),
                    recorded: formatTime(s.recordedAt, true),
                  })}
                  ）
                </span>
              )}{' '}
              {s.notes && <span className="muted">— {s.notes}</span>}
              {s.note && (
                <span className="muted">
                  {' '}
                  · {t('issues.note')}: {s.note}
                </span>
              )}
              <StepPhotos issueId={issue.id} stepId={s.id} step={s.step} />
            </li>
          ))}
        </ol>
      </section>
      <Link to="/boards/issues">{t('nav.issues')}</Link>
    </div>
  );
}

/** Whether a step was recorded more than a minute after it happened (shown with both times). */
function recordedLater(at: string, recordedAt: string): boolean {
  return new Date(recordedAt).getTime() - new Date(at).getTime() > 60_000;
}
