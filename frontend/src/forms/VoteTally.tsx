// A vote's tally as a bar (for, against, abstaining) and in words.
import { t } from '../i18n';

/** The tally of a vote; `present` is the residents present, when known. */
export function VoteTally({
  forVotes,
  against,
  abstain,
  present,
}: {
  forVotes: number;
  against: number;
  abstain: number;
  present?: number;
}) {
  const total = Math.max(1, forVotes + against + abstain);
  return (
    <div className="tally" role="img" aria-label={t('issues.votes', { for: forVotes, against, abstain })}>
      <div className="tally-bar">
        <span className="tally-for" style={{ width: `${(forVotes / total) * 100}%` }} />
        <span className="tally-against" style={{ width: `${(against / total) * 100}%` }} />
        <span className="tally-abstain" style={{ width: `${(abstain / total) * 100}%` }} />
      </div>
      <p>
        {t('issues.votes', { for: forVotes, against, abstain })}
        {present != null && ` · ${t('issues.present', { count: present })}`}
      </p>
    </div>
  );
}
