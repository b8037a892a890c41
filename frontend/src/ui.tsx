// Shared pieces of every screen: loading, empty and error states (messages by
// the server's error codes, errors.ts), breadcrumbs, KPI cards, formatting.
import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { CombinedError } from 'urql';
import { errorMessage } from './errors';
import { getLocale, t } from './i18n';
import { changeTone, type Polarity } from './lib/change';

export function Loading({ label }: { label?: string }) {
  return (
    <p className="status" role="status" aria-live="polite">
      {label ?? t('common.loading')}
    </p>
  );
}

export function ErrorState({ error, onRetry }: { error: CombinedError; onRetry?: () => void }) {
  return (
    <div className="error-state">
      <p className="status status-error" role="alert">
        {t('common.loadError', { message: errorMessage(error) })}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Empty({ children }: { children?: ReactNode }) {
  return <p className="status empty">{children ?? t('common.empty')}</p>;
}

/**
 * The state of a query: loading (no data yet), error, empty (isEmpty), else
 * the children.
 */
export function QueryState({
  fetching,
  error,
  hasData,
  isEmpty,
  onRetry,
  empty,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  hasData: boolean;
  isEmpty?: boolean;
  onRetry?: () => void;
  empty?: ReactNode;
  children: ReactNode;
}) {
  if (error && !hasData) return <ErrorState error={error} onRetry={onRetry} />;
  if (!hasData || (fetching && !hasData)) return <Loading />;
  if (isEmpty) return <Empty>{empty}</Empty>;
  return <>{children}</>;
}

export interface Crumb {
  label: string;
  to?: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label={t('common.breadcrumbs')} className="breadcrumbs">
      <ol>
        {items.map((c, i) => (
          <li key={i}>
            {c.to && i < items.length - 1 ? (
              <Link to={c.to}>{c.label}</Link>
            ) : (
              <span aria-current="page">{c.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function Section({
  title,
  actions,
  children,
  id,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
  id?: string;
}) {
  const hid = useId();
  return (
    <section className="card section" aria-labelledby={hid} id={id}>
      <div className="section-head">
        <h2 id={hid}>{title}</h2>
        {actions && <div className="section-actions">{actions}</div>}
      </div>
      {children}
    </section>
  );
}

/** Change from `prev` to `value` in percent (null when there is no base). */
export function change(value: number | undefined, prev: number | undefined): number | null {
  if (value == null || prev == null || prev === 0) return null;
  return ((value - prev) / prev) * 100;
}

/** A metric's value as its unit says (share: percent; yuan; days; points; count). */
export function formatUnit(value: number, unit?: string): string {
  switch (unit) {
    case 'share':
      return `${formatNumber(value * 100, 1)}%`;
    case 'yuan':
      return `¥${formatNumber(value, 0)}`;
    case 'days':
    case 'score':
      return formatNumber(value, 2);
    default:
      return formatNumber(value);
  }
}

export function KpiCard({
  label,
  value,
  prev,
  to,
  unit,
  testId,
  better,
}: {
  label: string;
  value: number | null | undefined;
  prev?: number | null;
  to?: string | null;
  unit?: string;
  testId?: string;
  /** Which direction of change is good news: colours the change and names it (not by colour alone). */
  better?: Polarity;
}) {
  // A share changes by percentage points; other figures by percent.
  const pct =
    unit === 'share'
      ? value != null && prev != null
        ? (value - prev) * 100
        : null
      : change(value ?? undefined, prev ?? undefined);
  const tone = changeTone(better, pct);
  const prevText = prev == null ? '—' : formatUnit(prev, unit);
  const body = (
    <>
      <span className="kpi-label">{label}</span>
      <span className="kpi-value" data-testid={testId}>
        {value == null ? '—' : formatUnit(value, unit)}
      </span>
      {prev !== undefined && (
        <span className={`kpi-change kpi-${tone}`} data-tone={tone}>
          {pct == null
            ? t('kpi.prev', { value: prevText })
            : t(unit === 'share' ? 'kpi.changePoints' : 'kpi.change', {
                sign: pct > 0 ? '+' : '',
                pct: pct.toFixed(1),
                value: prevText,
              })}
          {(tone === 'good' || tone === 'bad') && (
            <span className="kpi-tone">{t(tone === 'good' ? 'kpi.better' : 'kpi.worse')}</span>
          )}
        </span>
      )}
    </>
  );
  return to ? (
    <Link className="kpi card" to={to}>
      {body}
    </Link>
  ) : (
    <div className="kpi card">{body}</div>
  );
}

/**
 * A number as zh-CN and en-US both write it (1,234,567.8): at most digits
 * decimals, its shortest decimal form rounded half away from zero, without
 * trailing zeros, as toLocaleString gives. Computed without Intl: its first
 * number formatter loads the locale's data, about 20 ms, on the overview's
 * first render (issue 21 item 7). Numbers JavaScript writes with an exponent
 * (below 1e-6, from 1e21) go to toLocaleString.
 */
export function formatNumber(n: number, digits = 0): string {
  const shortest = String(Math.abs(n));
  if (!/^\d+(\.\d+)?$/.test(shortest)) {
    return n.toLocaleString(getLocale() === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits });
  }
  const [whole, fraction = ''] = shortest.split('.');
  // The number in units of the last decimal kept, rounded on the next digit.
  let units = BigInt(whole + fraction.slice(0, digits).padEnd(digits, '0'));
  if (fraction.length > digits && fraction[digits] >= '5') units += 1n;
  const all = units.toString().padStart(digits + 1, '0');
  const decimals = all.slice(all.length - digits).replace(/0+$/, '');
  const body = all.slice(0, all.length - digits).replace(/\B(?=(\d{3})+$)/g, ',') + (decimals ? `.${decimals}` : '');
  return n < 0 && units > 0n ? `-${body}` : body;
}

/** Money in fen shown as yuan. */
export function formatYuan(fen: number | null | undefined): string {
  if (fen == null) return '';
  return `¥${formatNumber(fen / 100, 2)}`;
}

/** China Standard Time (Asia/Shanghai): UTC+8 all year, without daylight saving since 1991. */
const CHINA_OFFSET_MS = 8 * 3600 * 1000;

/**
 * A time shown in Asia/Shanghai: 2024/07/01 (zh) or 2024-07-01 (en), with
 * withTime 2024/07/01 09:05 or 2024-07-01, 09:05, as toLocaleString gives with
 * a 23-hour clock. Computed from the fixed offset: Intl's first date
 * formatter loads its time-zone and calendar data, 15–30 ms, on the
 * overview's first render (issue 21 item 7).
 */
export function formatTime(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const china = new Date(d.getTime() + CHINA_OFFSET_MS).toISOString(); // 2024-07-01T09:05:00.000Z
  const en = getLocale() === 'en';
  const date = en ? china.slice(0, 10) : china.slice(0, 10).replaceAll('-', '/');
  if (!withTime) return date;
  return `${date}${en ? ', ' : ' '}${china.slice(11, 16)}`;
}

let zhCollator: Intl.Collator | undefined;

/** Compares names in Chinese (pinyin) order (one collator: localeCompare makes one per call). */
export function compareNames(a: string, b: string): number {
  return (zhCollator ??= new Intl.Collator('zh')).compare(a, b);
}

/** Nodes of a Relay connection, without the null edges. */
export function nodes<T>(conn: { edges?: ({ node?: T | null } | null)[] | null } | null | undefined): T[] {
  return (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}
