import { useCallback } from 'react';
import { useMutation, useQuery } from 'urql';
import { LogoutMutation, MeQuery, roleLabel } from './auth';
import type { MeQuery as MeQueryResult } from './gql/graphql';
import { t } from './i18n';
import { LoginForm } from './LoginForm';
import { VillagesCard } from './VillagesCard';

type CurrentUser = NonNullable<MeQueryResult['me']>;

export default function App() {
  const [{ data, fetching, error }, reexecuteMe] = useQuery({ query: MeQuery });
  // After logging in or out, ask the server again rather than trusting the cache.
  const recheckMe = useCallback(() => reexecuteMe({ requestPolicy: 'network-only' }), [reexecuteMe]);
  const me = data?.me ?? null;

  let main;
  if (fetching) {
    main = (
      <p className="status" role="status">
        {t('auth.checking')}
      </p>
    );
  } else if (error) {
    main = (
      <div className="card">
        <p className="status status-error" role="alert">
          {t('auth.error', { message: error.message })}
        </p>
        <button type="button" className="button" onClick={recheckMe}>
          {t('auth.retry')}
        </button>
      </div>
    );
  } else if (!me) {
    main = <LoginForm onLoggedIn={recheckMe} />;
  } else {
    // VillagesCard mounts afresh for every login and fetches network-only, so
    // it never shows the previous account's data.
    main = <VillagesCard />;
  }

  return (
    <div className="page">
      <header className="header">
        <div className="header-title">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('app.subtitle')}</p>
        </div>
        {me && !fetching && <AccountBar user={me} onLoggedOut={recheckMe} />}
      </header>
      <main>{main}</main>
      <footer className="footer">
        <a href="/graphiql">{t('links.graphiql')}</a>
      </footer>
    </div>
  );
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
          {t('account.logoutError', { message: error.message })}
        </p>
      )}
    </div>
  );
}
