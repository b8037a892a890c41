import {
  createContext,
  useCallback,
  useContext,
  useLayoutEffect,
  useRef,
  useState,
  type MouseEvent,
  type ReactNode,
} from 'react';
import { useClient, useMutation, useQuery } from 'urql';
import { LogoutMutation, MeQuery, roleLabel } from './auth';
import { onUnauthenticated } from './client';
import type { MeQuery as MeQueryResult } from './gql/graphql';
import { errorMessage } from './errors';
import { t } from './i18n';
import { LoginForm } from './LoginForm';

export type CurrentUser = NonNullable<MeQueryResult['me']>;

export const MeContext = createContext<CurrentUser | null>(null);

/** The logged-in account (inside App's children). */
export function useMe(): CurrentUser {
  const me = useContext(MeContext);
  if (!me) throw new Error('useMe outside a logged-in App');
  return me;
}

/**
 * The login gate and page frame: the children (the dashboard) are shown only
 * to a logged-in account, mounted afresh for every login.
 */
export default function App({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const client = useClient();
  const [{ data, fetching, error }, reexecuteMe] = useQuery({ query: MeQuery });
  // After logging in or out, ask the server again rather than trusting the cache.
  const recheckMe = useCallback(() => reexecuteMe({ requestPolicy: 'network-only' }), [reexecuteMe]);
  // Set when the session stops working while the app is open (it expired or
  // was revoked): the login form, with a notice, stays until the next login.
  // The ref tells the listener at once, before React re-renders.
  const [expired, setExpired] = useState(false);
  const expiredRef = useRef(false);
  const me = expired ? null : (data?.me ?? null);

  // Any UNAUTHENTICATED result (but a wrong password, see LOGIN_ATTEMPT) means
  // there is no session. Only the first one until the next login counts, and
  // asking `me` again cannot start a loop: a null `me` is an answer, not an
  // error. A layout effect, so that it listens before any child's query can
  // answer (listeners are called in a microtask).
  useLayoutEffect(
    () =>
      onUnauthenticated(client, () => {
        if (expiredRef.current) return;
        expiredRef.current = true;
        setExpired(true);
        recheckMe();
      }),
    [client, recheckMe],
  );

  const handleLoggedIn = useCallback(() => {
    expiredRef.current = false;
    setExpired(false);
    recheckMe();
  }, [recheckMe]);

  let main;
  if (expired) {
    main = <LoginForm onLoggedIn={handleLoggedIn} notice={t('auth.expired')} />;
  } else if (fetching) {
    main = (
      <p className="status" role="status">
        {t('auth.checking')}
      </p>
    );
  } else if (error) {
    main = (
      <div className="card">
        <p className="status status-error" role="alert">
          {t('auth.error', { message: errorMessage(error) })}
        </p>
        <button type="button" className="button" onClick={recheckMe}>
          {t('auth.retry')}
        </button>
      </div>
    );
  } else if (!me) {
    main = <LoginForm onLoggedIn={handleLoggedIn} />;
  } else {
    // The children mount afresh for every login and fetch network-only, so
    // they never show the previous account's data.
    main = <MeContext.Provider value={me}>{children}</MeContext.Provider>;
  }

  return (
    <div className={wide && me ? 'page page-wide' : 'page'}>
      <a className="skip-link" href="#content" onClick={skipToContent}>
        {t('a11y.skip')}
      </a>
      <header className="header">
        <div className="header-title">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        {me && !fetching && <AccountBar user={me} onLoggedOut={recheckMe} />}
      </header>
      <main id="main" tabIndex={-1}>
        {main}
      </main>
      <footer className="footer">
        <a href="/explorer">{t('links.graphiql')}</a>
      </footer>
    </div>
  );
}

/** The skip link's jump: to the screen beside the navigation (Layout's #content), or to main where there is none. */
function skipToContent(e: MouseEvent<HTMLAnchorElement>) {
  const target = document.getElementById('content') ?? document.getElementById('main');
  if (!target) return;
  e.preventDefault();
  target.focus();
  target.scrollIntoView();
}

function AccountBar({ user, onLoggedOut }: { user: CurrentUser; onLoggedOut: () => void }) {
  const [{ fetching, error }, logout] = useMutation(LogoutMutation);

  async function handleLogout() {
    const result = await logout({});
    if (!result.error) onLoggedOut();
  }

  return (
    <div className="account" role="group" aria-label={t('account.label')}>
      <p className="account-user">
        <span className="account-name" data-testid="account-name">
          {user.displayName || user.username}
        </span>
        <span className="account-role" data-testid="account-role">
          {roleLabel(user.role)}
        </span>
      </p>
      <button type="button" className="button" onClick={handleLogout} disabled={fetching}>
        {fetching ? t('account.loggingOut') : t('account.logout')}
      </button>
      {error && (
        <p className="status status-error account-error" role="alert">
          {t('account.logoutError', { message: errorMessage(error) })}
        </p>
      )}
    </div>
  );
}
