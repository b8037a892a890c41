// The outbox (/outbox): what the officer entered on this phone and what became
// of it — waiting to be sent (and why the last try did not get through), sent
// (when), or refused by the server (why) — with retry and discard.
import { useClient } from 'urql';
import { t, type MessageKey } from '../i18n';
import {
  clearOutbox,
  clearSent,
  send,
  statusOf,
  useOutboxAll,
  type OutboxEntry,
  type OutboxStatus,
} from '../lib/outbox';
import { formatTime } from '../ui';

const order: OutboxStatus[] = ['failed', 'waiting', 'sent'];
const statusLabel: Record<OutboxStatus, MessageKey> = {
  waiting: 'outbox.status.waiting',
  sent: 'outbox.status.sent',
  failed: 'outbox.status.failed',
};

/** What the entry is about, from its input (a title or name), if it says. */
function summaryOf(e: OutboxEntry): string {
  const input = e.variables.input;
  for (const field of ['title', 'name', 'topic', 'summary']) {
    const v = input[field];
    if (typeof v === 'string' && v.trim()) return v.trim().slice(0, 60);
  }
  return '';
}

const when = (ms: number | undefined) => (ms ? formatTime(new Date(ms).toISOString(), true) : '');

export function Outbox() {
  const entries = useOutboxAll();
  const client = useClient();
  return (
    <section className="outbox-screen" aria-labelledby="outbox-title">
      <h1 id="outbox-title" className="page-title">
        {t('outbox.title')}
      </h1>
      <p className="muted">{t('outbox.intro')}</p>
      {entries.length === 0 && <p className="muted">{t('outbox.empty')}</p>}
      {order.map((status) => {
        const list = entries.filter((e) => statusOf(e) === status).reverse();
        if (list.length === 0) return null;
        return (
          <section key={status} className="outbox-group" aria-label={t(statusLabel[status])}>
            <h3>
              {t(statusLabel[status])} <span className="muted">({list.length})</span>
            </h3>
            {status === 'sent' && (
              <button type="button" className="button button-small" onClick={clearSent}>
                {t('outbox.clearSent')}
              </button>
            )}
            <ul className="outbox-list">
              {list.map((e) => (
                <Item key={e.key} entry={e} onRetry={() => void send(client, e)} />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

function Item({ entry: e, onRetry }: { entry: OutboxEntry; onRetry: () => void }) {
  const status = statusOf(e);
  return (
    <li className={`outbox-item outbox-${status}`} data-testid="outbox-item" data-status={status}>
      <div className="outbox-item-head">
        <strong>
          {e.label}
          {summaryOf(e) && <span className="outbox-summary">：{summaryOf(e)}</span>}
        </strong>
        <span className={`badge outbox-badge-${status}`}>{t(statusLabel[status])}</span>
      </div>
      <p className="muted">
        {t('outbox.createdAt', { time: when(e.createdAt) })}
        {status === 'sent' && <> · {t('outbox.sentAt', { time: when(e.sentAt) })}</>}
        {status === 'failed' && <> · {t('outbox.failedAt', { time: when(e.failedAt) })}</>}
      </p>
      {status === 'failed' && e.reason && (
        <p className="status status-error">{t('outbox.reason', { reason: e.reason })}</p>
      )}
      {status === 'waiting' && e.lastError && (
        <p className="status status-notice">
          {t('outbox.lastError', { why: e.lastError })} · {t('outbox.attempts', { count: e.attempts })}
        </p>
      )}
      {status !== 'sent' && (
        <div className="outbox-actions">
          <button type="button" className="button button-small" onClick={onRetry}>
            {t('outbox.retry')}
          </button>
          <button
            type="button"
            className="button button-small"
            onClick={() => window.confirm(t('outbox.discardConfirm')) && clearOutbox(e.key)}
          >
            {t('outbox.discard')}
          </button>
        </div>
      )}
    </li>
  );
}
