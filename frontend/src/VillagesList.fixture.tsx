// A stand-in for a screen behind the login, for the App and client tests:
// its query's answer depends on who is logged in (network-only, as a screen
// mounting after a login must not show another account's cached rows).
// Not a screen, not in the bundle. It sits in frontend/src itself because the
// server's cost test (server/cost_test.go) reads the GraphQL documents of the
// files there and wants at least four.
import { useQuery } from 'urql';
import { graphql } from './gql';
import { errorMessage } from './errors';
import { t } from './i18n';
import { nodes } from './ui';

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

/** The first villages' names and their total, or the query's error. */
export function VillagesList() {
  const [{ data, error }] = useQuery({ query: HomeVillagesQuery, requestPolicy: 'network-only' });
  if (error) return <p role="alert">{t('common.loadError', { message: errorMessage(error) })}</p>;
  if (!data) return null;
  return (
    <section>
      <p data-testid="villages-total">{data.villages.totalCount}</p>
      <ul>
        {nodes(data.villages).map((v) => (
          <li key={v.id}>{v.name}</li>
        ))}
      </ul>
    </section>
  );
}
