// The analyst's data explorer: GraphiQL (served by the API at /graphiql)
// embedded, example queries to paste, and exports of the common lists.
import { useState } from 'react';
import { t } from '../i18n';
import { Section } from '../ui';
import { ExportButton } from './ExportButton';

export const examples: { title: string; query: string }[] = [
  {
    title: 'explorer.exOverdue',
    query: `{ tickets(first: 20, where: {overdue: true}, orderBy: [{field: DUE_AT}]) {
    totalCount edges { node { id status dueAt serviceType { name } courtyard { name } } } } }`,
  },
  {
    title: 'explorer.exHeads',
    query: `{ roleAssignments(first: 20, where: {role: HEAD, endedAtIsNil: true}) {
    totalCount edges { node { startedAt resident { name partyMember } courtyard { name } } } } }`,
  },
  {
    title: 'explorer.exFailing',
    query: `{ failingOfficers(period: "2024H1") { score ratings dimension roleAssignment { role resident { name } courtyard { name } } } }`,
  },
  {
    title: 'explorer.exThemes',
    query: `{ villages(first: 10) { edges { node { name quarterThemes(where: {quarter: "2024Q2"}) {
    edges { node { topic title sessions { totalCount } } } } } } } }`,
  },
];

const lists = ['towns', 'villages', 'courtyards', 'households', 'roleAssignments', 'issues', 'tickets', 'sessions', 'ratings', 'grants', 'awards', 'pointEntries'];

export function Explorer() {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div>
      <h1 className="page-title">{t('nav.explorer')}</h1>
      <div className="grid-2 explorer">
        <Section title={t('explorer.examples')}>
          <ul className="examples">
            {examples.map((e) => (
              <li key={e.title}>
                <strong>{t(e.title as Parameters<typeof t>[0])}</strong>
                <pre>{e.query}</pre>
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    void navigator.clipboard?.writeText(e.query);
                    setCopied(e.title);
                  }}
                >
                  {copied === e.title ? t('explorer.copied') : t('explorer.copy')}
                </button>
              </li>
            ))}
          </ul>
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
      <Section title="GraphiQL" actions={<a href="/graphiql" target="_blank" rel="noreferrer">{t('explorer.openNew')}</a>}>
        <iframe className="graphiql" src="/graphiql" title={t('explorer.graphiql')} />
      </Section>
    </div>
  );
}
