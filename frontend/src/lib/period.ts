// Periods (a month "2024-06", a quarter "2024Q2", a half-year "2024H1" or a
// year "2024", the labels the model uses) and their instants in Asia/Shanghai
// (UTC+8, no daylight saving), as the server's metrics count them. The server's
// labels live in internal/period; period.test.ts checks this file against its
// test vectors (internal/period/testdata/labels.json).

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

export interface Period {
  kind: PeriodKind;
  label: string;
  /** First instant, RFC 3339 UTC. */
  from: string;
  /** First instant after the period, RFC 3339 UTC. */
  to: string;
}

/** Asia/Shanghai's offset from UTC (no daylight saving), as internal/period's OffsetHours. */
export const SHANGHAI_OFFSET_HOURS = 8;

function instant(year: number, month0: number): string {
  return new Date(Date.UTC(year, month0, 1, -SHANGHAI_OFFSET_HOURS)).toISOString().replace('.000Z', 'Z');
}

function span(kind: PeriodKind, label: string, year: number, month0: number, months: number): Period {
  return { kind, label, from: instant(year, month0), to: instant(year, month0 + months) };
}

/** Parses a period label; null when it is not one. */
export function parsePeriod(label: string | null | undefined): Period | null {
  if (!label) return null;
  let m = /^(\d{4})-(\d{2})$/.exec(label);
  if (m && +m[2] >= 1 && +m[2] <= 12) return span('month', label, +m[1], +m[2] - 1, 1);
  m = /^(\d{4})Q([1-4])$/.exec(label);
  if (m) return span('quarter', label, +m[1], (+m[2] - 1) * 3, 3);
  m = /^(\d{4})H([12])$/.exec(label);
  if (m) return span('half', label, +m[1], (+m[2] - 1) * 6, 6);
  m = /^(\d{4})$/.exec(label);
  if (m) return span('year', label, +m[1], 0, 12);
  return null;
}

/** The period of `kind` that holds the instant `at`, in Asia/Shanghai. */
export function periodAt(kind: PeriodKind, at: Date): Period {
  const local = new Date(at.getTime() + SHANGHAI_OFFSET_HOURS * 3600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  switch (kind) {
    case 'month':
      return parsePeriod(`${y}-${String(m + 1).padStart(2, '0')}`)!;
    case 'quarter':
      return parsePeriod(`${y}Q${Math.floor(m / 3) + 1}`)!;
    case 'half':
      return parsePeriod(`${y}H${m < 6 ? 1 : 2}`)!;
    case 'year':
      return parsePeriod(`${y}`)!;
  }
}

/** The period just before `p`, of the same kind. */
export function previousPeriod(p: Period): Period {
  return periodAt(p.kind, new Date(new Date(p.from).getTime() - 1000));
}

/** The `count` months ending with the one that holds `p`'s last instant. */
export function monthsEnding(p: Period, count: number): Period[] {
  const out: Period[] = [];
  let cur = periodAt('month', new Date(new Date(p.to).getTime() - 1000));
  for (let i = 0; i < count; i++) {
    out.unshift(cur);
    cur = previousPeriod(cur);
  }
  return out;
}

/** The quarter label ("2024Q2") a period falls in (its first instant's quarter). */
export function quarterOf(p: Period): string {
  return periodAt('quarter', new Date(p.from)).label;
}

/** Whether `p` has begun by `now` (default: the clock). */
export function hasBegun(p: Period, now = Date.now()): boolean {
  return new Date(p.from).getTime() <= now;
}

/** Whether `p` is over by `now` (default: the clock). */
export function isOver(p: Period, now = Date.now()): boolean {
  return new Date(p.to).getTime() <= now;
}
