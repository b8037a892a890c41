// The resident's rating page, opened from a rating code (on a slip or a QR
// code: /rate/CODE) without logging in: a score from 1 to 5 and a comment.
import { useId, useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../gql';
import { errorMessage, errorMessageKey } from '../errors';
import { t } from '../i18n';
import { fieldText } from '../lib/form';

export const RateWithCodeMutation = graphql(`
  mutation RateWithCode($input: RateWithCodeInput!) {
    rateWithCode(input: $input) {
      rating {
        id
        score
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export function RatePage() {
  const params = useParams();
  const id = useId();
  const [code, setCode] = useState(params.code ?? '');
  const [score, setScore] = useState(0);
  const [{ data, fetching, error }, rate] = useMutation(RateWithCodeMutation);
  const done = data?.rateWithCode.rating;
  const refused = data?.rateWithCode.userErrors ?? [];

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const f = new FormData(e.currentTarget);
    await rate({
      input: { code: code.trim().toUpperCase(), score, comment: fieldText(f.get('comment')).trim() || undefined },
    });
  }

  return (
    <div className="page rate-page">
      <header className="header">
        <div className="header-title">
          <h1>{t('app.title')}</h1>
          <p className="subtitle">{t('rate.subtitle')}</p>
        </div>
      </header>
      <main className="card">
        <h2>{t('rate.heading')}</h2>
        {done ? (
          <p className="status status-ok" role="status" data-testid="rate-thanks">
            {t('rate.thanks', { score: done.score })}
          </p>
        ) : (
          <form className="form" onSubmit={onSubmit}>
            <label htmlFor={`${id}-code`}>{t('rate.code')}</label>
            <input
              id={`${id}-code`}
              value={code}
              onChange={(e) => setCode(e.target.value)}
              required
              autoCapitalize="characters"
              autoComplete="off"
              spellCheck={false}
            />
            <fieldset className="stars">
              <legend>{t('rate.score')}</legend>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className={n <= score ? 'star on' : 'star'}>
                  <input
                    type="radio"
                    name="score"
                    value={n}
                    checked={score === n}
                    onChange={() => setScore(n)}
                    required
                    aria-label={t('rate.scoreN', { n })}
                  />
                  <span aria-hidden="true">★</span>
                </label>
              ))}
              <p className="muted">{score ? t(`rate.level${score}` as Parameters<typeof t>[0]) : t('rate.choose')}</p>
            </fieldset>
            <label htmlFor={`${id}-comment`}>{t('rate.comment')}</label>
            <textarea id={`${id}-comment`} name="comment" rows={3} />
            {error && (
              <p className="status status-error" role="alert">
                {errorMessage(error)}
              </p>
            )}
            {refused.length > 0 && (
              <p className="status status-error" role="alert">
                {refused.map((u) => t(errorMessageKey(u.code))).join('；')}
                {refused[0].message && <span className="muted">（{refused[0].message}）</span>}
              </p>
            )}
            <button type="submit" className="button button-primary" disabled={fetching || !score}>
              {t('rate.submit')}
            </button>
          </form>
        )}
      </main>
    </div>
  );
}
