// The dashboard's frame inside the login gate: navigation (a side bar on a
// desk, a wrapping bar above the screen and a bottom bar on a phone), the
// language switch, and the screen.
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useMe } from './App';
import { homeRoles } from './auth';
import { getLocale, LOCALE_STORAGE_KEY, setLocale, t, type Locale, type MessageKey } from './i18n';
import { Loading } from './ui';
import { OutboxBanner } from './forms/OutboxBanner';
import { useOutbox } from './lib/outbox';

const leaders = ['DISTRICT_ADMIN', 'TOWN_OFFICIAL', 'ANALYST'];

const links: { to: string; label: MessageKey; end?: boolean; roles?: string[] }[] = [
  { to: '/', label: 'nav.start', end: true, roles: homeRoles },
  { to: '/', label: 'nav.overview', end: true, roles: leaders },
  { to: '/home', label: 'nav.home', roles: ['DISTRICT_ADMIN', 'TOWN_OFFICIAL'] },
  { to: '/boards/issues', label: 'nav.issues' },
  { to: '/boards/tickets', label: 'nav.tickets' },
  { to: '/boards/lectures', label: 'nav.lectures' },
  { to: '/boards/evaluation', label: 'nav.evaluation' },
  { to: '/boards/gaps', label: 'nav.gaps' },
  { to: '/boards/red', label: 'nav.redBoard' },
  { to: '/forms', label: 'nav.forms' },
  { to: '/outbox', label: 'nav.outbox' },
  { to: '/explorer', label: 'nav.explorer' },
  { to: '/accounts', label: 'nav.accounts' },
  { to: '/settings', label: 'nav.settings', roles: ['DISTRICT_ADMIN'] },
];

/** Switches the language and reloads, so every string is drawn again. */
export function switchLocale(locale: Locale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // ignore: the switch then lasts for this page only
  }
  setLocale(locale);
  window.location.reload();
}

export function Layout() {
  const me = useMe();
  const other: Locale = getLocale() === 'en' ? 'zh-CN' : 'en';
  return (
    <div className="layout">
      <nav className="nav" aria-label={t('nav.label')}>
        <ul>
          {links
            .filter((l) => !l.roles || l.roles.includes(me.role))
            .map((l) => (
              <li key={l.to + l.label}>
                <NavLink to={l.to} end={l.end}>
                  {t(l.label)}
                </NavLink>
              </li>
            ))}
        </ul>
        <button type="button" className="button button-small lang" onClick={() => switchLocale(other)} lang={other}>
          {other === 'en' ? 'English' : '中文'}
        </button>
      </nav>
      <div className="screen" id="content" tabIndex={-1}>
        <OutboxBanner />
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
      <BottomNav other={other} />
    </div>
  );
}

/** The phone's bottom bar (shown at 640px and below): home, forms, the outbox, the language. */
function BottomNav({ other }: { other: Locale }) {
  const me = useMe();
  const waiting = useOutbox().length;
  const home = homeRoles.includes(me.role) ? '/' : '/home';
  return (
    <nav className="bottom-nav" aria-label={t('nav.phone')}>
      <NavLink to={home} end>
        {t('nav.start')}
      </NavLink>
      <NavLink to="/forms">{t('nav.forms')}</NavLink>
      <NavLink to="/outbox">
        {t('nav.outbox')}
        {waiting > 0 && <span className="badge">{waiting}</span>}
      </NavLink>
      <button type="button" onClick={() => switchLocale(other)} lang={other} title={me.displayName ?? me.username}>
        {other === 'en' ? 'English' : '中文'}
      </button>
    </nav>
  );
}
