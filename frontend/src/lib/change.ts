// How a change in a figure reads: good or bad news by the metric's declared
// polarity (the catalogue's `better`, internal/metrics/polarity.go), not by
// its sign — a rise in overdue tickets is bad news, a rise in tickets
// completed good, a rise in tickets submitted neither.

/** Which direction of change is good news (GraphQL MetricPolarity). */
export type Polarity = 'UP' | 'DOWN' | 'NEITHER';

/** How a change reads: good, bad, neutral (no judgement) or flat (none). */
export type Tone = 'good' | 'bad' | 'neutral' | 'flat';

/** The tone of a change by delta (its sign) for a metric of polarity better. */
export function changeTone(better: Polarity | undefined, delta: number | null): Tone {
  if (delta == null || delta === 0) return 'flat';
  if (better !== 'UP' && better !== 'DOWN') return 'neutral';
  return delta > 0 === (better === 'UP') ? 'good' : 'bad';
}
