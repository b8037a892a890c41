// The analyst's data explorer: GraphiQL (from the SPA's own bundle, loaded
// only here) with the example queries of server/graphiql/examples.graphql as
// its tabs, the same examples to read and copy, and exports of the common lists.
import { lazy, Suspense, useState } from 'react';
import { t } from '../i18n';
import { Loading, Section } from '../ui';
import { ExportButton } from './ExportButton';
import { useExamples } from './examples';

const GraphiQLPanel = lazy(() => import('./GraphiQLPanel'));

const lists = [
  'towns',
  'villages',
  'courtyards',
  'households',
  'roleAssignments',
  'issues',
  'tickets',
  'sessions',
  'ratings',
  'grants',
  'awards',
  'pointEntries',
];

export function Explorer() {
  const examples = useExamples();
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div>
      <h1 className="page-title">{t('nav.explorer')}</h1>
      <Section title={t('explorer.graphiql')}>
        <p className="note">{t('explorer.graphiqlNote')}</p>
        {examples.kind === 'loading' && <Loading />}
        {examples.kind === 'error' && (
          <p className="status status-error" role="alert">
            {t('explorer.examplesError', { message: examples.message })}
          </p>
        )}
        {examples.kind === 'ok' && (
          <Suspense fallback={<Loading label={t('explorer.loadingGraphiql')} />}>
            <GraphiQLPanel set={examples.set} />
          </Suspense>
        )}
      </Section>
      <div className="grid-2 explorer">
        <Section title={t('explorer.examples')}>
          {examples.kind === 'ok' && (
            <ul className="examples">
              {examples.set.examples.map((e) => (
                <li key={e.name}>
                  <details>
                    <summary>{e.title}</summary>
                    <pre>{e.query}</pre>
                    {e.variables && <pre>{e.variables}</pre>}
                  </details>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`${t('explorer.copy')} ${e.name}`}
                    onClick={() => {
                      void navigator.clipboard?.writeText(e.query);
                      setCopied(e.name);
                    }}
                  >
                    {copied === e.name ? t('explorer.copied') : t('explorer.copy')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </Section>
        <Section title={t('explorer.exports')}>
          <table className="table">
            <tbody>
              {lists.map((l) => (
                <tr key={l}>
                  <th scope="row">{t(`list.${l}` as Parameters<typeof t>[0])}</th>
                  <td>
                    <ExportButton name={l} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      </div>
    </div>
  );
}
