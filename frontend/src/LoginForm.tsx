import { useId, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { LoginMutation, loginErrorMessage } from './auth';
import { LOGIN_ATTEMPT } from './client';
import { t } from './i18n';
import { fieldText } from './lib/form';

/** The login form; `notice` (e.g. why the user has to log in again) is shown above it. */
export function LoginForm({ onLoggedIn, notice }: { onLoggedIn: () => void; notice?: string }) {
  const [{ fetching, error }, login] = useMutation(LoginMutation);
  const id = useId();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (fetching) return;
    const form = new FormData(event.currentTarget);
    const result = await login(
      {
        input: {
          // Phone keyboards like to append a space after a suggested word.
          username: fieldText(form.get('username')).trim(),
          password: fieldText(form.get('password')),
        },
      },
      // A wrong password answers UNAUTHENTICATED: not an expired session.
      LOGIN_ATTEMPT,
    );
    if (!result.error && result.data?.login) onLoggedIn();
  }

  return (
    <section className="card" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('login.heading')}</h2>
      {notice && (
        <p className="status status-notice" role="status">
          {notice}
        </p>
      )}
      <form className="login-form" onSubmit={handleSubmit}>
        <label className="field" htmlFor={`${id}-username`}>
          {t('login.username')}
        </label>
        <input
          id={`${id}-username`}
          name="username"
          type="text"
          autoComplete="username"
          autoCapitalize="none"
          autoCorrect="off"
          spellCheck={false}
          enterKeyHint="next"
          required
        />
        <label className="field" htmlFor={`${id}-password`}>
          {t('login.password')}
        </label>
        <input
          id={`${id}-password`}
          name="password"
          type="password"
          autoComplete="current-password"
          enterKeyHint="go"
          required
        />
        {error && (
          <p className="status status-error" role="alert">
            {loginErrorMessage(error)}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={fetching}>
          {fetching ? t('login.submitting') : t('login.submit')}
        </button>
      </form>
    </section>
  );
}
