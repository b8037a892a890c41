// The SPA's periods agree with the server's (internal/period): both check the
// shared test vectors of internal/period/testdata/labels.json.
import { describe, expect, it } from 'vitest';
import vectors from '../../../internal/period/testdata/labels.json';
import { parsePeriod, periodAt, previousPeriod, SHANGHAI_OFFSET_HOURS, type PeriodKind } from './period';

// The server's kinds (period.Bucket) the SPA handles, by the SPA's name; it
// has no days or weeks.
const kinds: Record<string, PeriodKind | undefined> = {
  MONTH: 'month',
  QUARTER: 'quarter',
  HALF_YEAR: 'half',
  YEAR: 'year',
};

// One case of labels.json's parse: the server's period, or its refusal.
interface ParseCase {
  in: string;
  kind?: string;
  label?: string;
  from?: string;
  to?: string;
  previous?: string;
  error?: string;
}

const parseCases: ParseCase[] = vectors.parse;
const atCases: { at: string; kind: string; label: string }[] = vectors.at;

describe('periods agree with the server (internal/period/testdata/labels.json)', () => {
  it('uses the server’s zone offset', () => {
    expect(SHANGHAI_OFFSET_HOURS).toBe(vectors.offsetHours);
  });

  it.each(parseCases)('parses $in as the server does', (c) => {
    const kind = c.kind === undefined ? undefined : kinds[c.kind];
    const p = parsePeriod(c.in);
    if (c.error !== undefined || kind === undefined) {
      // Refused by the server, or a kind the SPA does not parse (days).
      expect(p).toBeNull();
      return;
    }
    expect(p).toEqual({ kind, label: c.label, from: c.from, to: c.to });
    expect(previousPeriod(p!).label).toBe(c.previous);
  });

  it.each(atCases)('labels $at by $kind as the server does', (c) => {
    const kind = kinds[c.kind];
    if (kind === undefined) return;
    expect(periodAt(kind, new Date(c.at)).label).toBe(c.label);
  });
});
