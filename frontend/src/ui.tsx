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

export function formatNumber(n: number, digits = 0): string {
  return n.toLocaleString(getLocale() === 'en' ? 'en-US' : 'zh-CN', { maximumFractionDigits: digits });
}

/** Money in fen shown as yuan. */
export function formatYuan(fen: number | null | undefined): string {
  if (fen == null) return '';
  return `¥${formatNumber(fen / 100, 2)}`;
}

/** A time shown in Asia/Shanghai. */
export function formatTime(iso: string | null | undefined, withTime = false): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(getLocale() === 'en' ? 'en-CA' : 'zh-CN', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    ...(withTime ? { hour: '2-digit', minute: '2-digit', hour12: false } : {}),
  });
}

/** Nodes of a Relay connection, without the null edges. */
export function nodes<T>(conn: { edges?: ({ node?: T | null } | null)[] | null } | null | undefined): T[] {
  return (conn?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
}
