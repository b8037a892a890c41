// The overview's two links out of the app's frame: the period's briefing of
// the area (a printable A4 document, /print/briefing) and the command
// centre's big screen (/screen), each keeping the area (and the period).
import { Link } from 'react-router';
import { t } from '../i18n';
import type { AreaRef } from '../lib/area';

/** The address of an area's briefing for a period (no area: the account's whole area). */
export function briefingPath(area: AreaRef, period: string): string {
  const q = new URLSearchParams();
  if (area.level !== 'district' && area.id) q.set('area', area.id);
  q.set('period', period);
  return `/print/briefing?${q}`;
}

/** The address of an area's big screen (no area: the account's whole area). */
export function screenPath(area: AreaRef): string {
  return area.level !== 'district' && area.id ? `/screen?area=${encodeURIComponent(area.id)}` : '/screen';
}

export function CockpitLinks({ area, period }: { area: AreaRef; period: string }) {
  return (
    <div className="cockpit-links">
      <Link className="button button-small" to={briefingPath(area, period)} title={t('briefing.linkTitle')}>
        {t('briefing.link')}
      </Link>
      <Link className="button button-small" to={screenPath(area)} title={t('screen.linkTitle')}>
        {t('screen.link')}
      </Link>
    </div>
  );
}
