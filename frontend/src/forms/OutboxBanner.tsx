// The entries the network dropped, waiting to be sent again (same keys).
import { useClient } from 'urql';
import { t } from '../i18n';
import { clearOutbox, send, useOutbox } from '../lib/outbox';

export function OutboxBanner() {
  const entries = useOutbox();
  const client = useClient();
  const waiting = entries.filter((e) => e.attempts > 0);
  if (waiting.length === 0) return null;
  return (
    <aside className="outbox card" aria-label={t('outbox.label')}>
      <p className="status status-notice" role="status">
        {t('outbox.pending', { count: waiting.length })}
      </p>
      <ul>
        {waiting.map((e) => (
          <li key={e.key}>
            {e.label} <span className="muted">{t('outbox.attempts', { count: e.attempts })}</span>{' '}
            <button type="button" className="button button-small" onClick={() => void send(client, e)}>
              {t('outbox.retry')}
            </button>{' '}
            <button type="button" className="button button-small" onClick={() => clearOutbox(e.key)}>
              {t('outbox.discard')}
            </button>
          </li>
        ))}
      </ul>
    </aside>
  );
}
