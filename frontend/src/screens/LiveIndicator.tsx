// The "实时 Live" badge of a board that refreshes itself: connected, or
// reconnecting (the board still shows what it last read).
import { t } from '../i18n';
import type { LiveStatus } from '../lib/live';

export function LiveIndicator({ status }: { status: LiveStatus }) {
  if (status === 'off') return null;
  const connected = status === 'connected';
  return (
    <span
      className={`live-indicator live-${status}`}
      role="status"
      title={t(connected ? 'live.connectedHint' : 'live.reconnectingHint')}
    >
      <span className="live-dot" aria-hidden="true" />
      {t(connected ? 'live.connected' : 'live.reconnecting')}
    </span>
  );
}
