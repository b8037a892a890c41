// The dashboard's frame inside the login gate: navigation (a side bar on a
// desk, a scrolling bar on a phone), the language switch, and the screen.
import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { useMe } from './App';
import { getLocale, setLocale, t, type Locale, type MessageKey } from './i18n';
import { Loading } from './ui';
import { OutboxBanner } from './forms/OutboxBanner';

export const LOCALE_STORAGE_KEY = 'ybh.locale';

const links: { to: string; label: MessageKey; end?: boolean; roles?: string[] }[] = [
  { to: '/', label: 'nav.overview', end: true },
  { to: '/boards/issues', label: 'nav.issues' },
  { to: '/boards/tickets', label: 'nav.tickets' },
  { to: '/boards/lectures', label: 'nav.lectures' },
  { to: '/boards/evaluation', label: 'nav.evaluation' },
  { to: '/boards/gaps', label: 'nav.gaps' },
  { to: '/boards/red', label: 'nav.redBoard' },
  { to: '/forms', label: 'nav.forms' },
  { to: '/explorer', label: 'nav.explorer' },
  { to: '/accounts', label: 'nav.accounts' },
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
              <li key={l.to}>
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
    </div>
  );
}
