// Above every screen: no network (the data shown is the last fetched), the
// entries waiting to be sent again (same keys), the ones the server refused,
// and the way to the outbox.
import { Link, useLocation } from 'react-router';
import { useClient } from 'urql';
import { t } from '../i18n';
import { clearOutbox, send, statusOf, useOutbox, useOutboxAll } from '../lib/outbox';
import { useOnline } from '../lib/online';

export function OutboxBanner() {
  const entries = useOutbox();
  const failed = useOutboxAll().filter((e) => statusOf(e) === 'failed');
  const online = useOnline();
  const client = useClient();
  // On the outbox itself only the network's state: the screen lists the rest.
  const onOutbox = useLocation().pathname === '/outbox';
  const waiting = onOutbox ? [] : entries.filter((e) => e.attempts > 0);
  const refused = onOutbox ? [] : failed;
  if (online && waiting.length === 0 && refused.length === 0) return null;
  return (
    <aside className="outbox card" aria-label={t('outbox.label')} data-testid="outbox-banner">
      {!online && (
        <p className="status status-notice" role="status">
          {t('outbox.offline')}
        </p>
      )}
      {waiting.length > 0 && (
        <p className="status status-notice" role="status">
          {t('outbox.pending', { count: waiting.length })}
        </p>
      )}
      {refused.length > 0 && (
        <p className="status status-error" role="status">
          {t('outbox.failedCount', { count: refused.length })}
        </p>
      )}
      {waiting.length > 0 && (
        <ul>
          {waiting.map((e) => (
            <li key={e.key}>
              {e.label} <span className="muted">{t('outbox.attempts', { count: e.attempts })}</span>{' '}
              <button type="button" className="button button-small" onClick={() => void send(client, e)}>
                {t('outbox.retry')}
              </button>{' '}
              <button
                type="button"
                className="button button-small"
                onClick={() => window.confirm(t('outbox.discardConfirm')) && clearOutbox(e.key)}
              >
                {t('outbox.discard')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {(waiting.length > 0 || refused.length > 0) && <Link to="/outbox">{t('outbox.open')}</Link>}
    </aside>
  );
}
