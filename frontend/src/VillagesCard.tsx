import { useQuery } from 'urql';
import { graphql } from './gql';
import { errorMessage } from './errors';
import { t } from './i18n';

export const HomeVillagesQuery = graphql(`
  query HomeVillages {
    villages(first: 5) {
      totalCount
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

export function VillagesCard() {
  // network-only: the card mounts once per login, and what an account may see
  // depends on who is logged in, so a cached list could be another account's.
  const [{ data, fetching, error }] = useQuery({ query: HomeVillagesQuery, requestPolicy: 'network-only' });

  let body;
  if (fetching && !data) {
    body = (
      <p className="status" role="status">
        {t('villages.loading')}
      </p>
    );
  } else if (error) {
    body = (
      <p className="status status-error" role="alert">
        {t('villages.error', { message: errorMessage(error) })}
      </p>
    );
  } else {
    const villages = (data?.villages.edges ?? []).flatMap((edge) => (edge?.node ? [edge.node] : []));
    const total = data?.villages.totalCount ?? 0;
    body = (
      <>
        <p className="total" data-testid="villages-total">
          {t('villages.total', { count: total })}
          {total > villages.length && villages.length > 0
            ? ` · ${t('villages.showingFirst', { count: villages.length })}`
            : ''}
        </p>
        {villages.length === 0 ? (
          <p className="status">{t('villages.empty')}</p>
        ) : (
          <ul className="villages">
            {villages.map((v) => (
              <li key={v.id}>
                <span className="village-name">{v.name}</span>
                <span className="village-code" title={t('villages.code')}>
                  {v.code}
                </span>
              </li>
            ))}
          </ul>
        )}
      </>
    );
  }

  return (
    <section className="card" aria-labelledby="villages-heading">
      <h2 id="villages-heading">{t('villages.heading')}</h2>
      {body}
    </section>
  );
}
