// Town and village pickers for the boards, kept in the URL (?town=…&village=…).
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { t } from '../i18n';
import { nodes } from '../ui';

export const AreaOptionsQuery = graphql(`
  query AreaOptions($townID: ID, $withVillages: Boolean!) {
    towns(first: 100, orderBy: [{ field: CODE }]) {
      edges {
        node {
          id
          name
        }
      }
    }
    villages(first: 300, orderBy: [{ field: CODE }], where: { townID: $townID }) @include(if: $withVillages) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

/** The area the board is filtered to: its filter on rows' own area columns. */
export function useAreaFilter() {
  const [params, setParams] = useSearchParams();
  const town = params.get('town') ?? '';
  const village = params.get('village') ?? '';
  const where: Record<string, string> = village ? { villageID: village } : town ? { townID: town } : {};
  function set(name: string, value: string, reset: string[] = []) {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    for (const r of reset) next.delete(r);
    setParams(next);
  }
  return { town, village, where, set, params };
}

export function AreaFilter({ requireTown = false }: { requireTown?: boolean }) {
  const id = useId();
  const { town, village, set } = useAreaFilter();
  const [{ data }] = useQuery({ query: AreaOptionsQuery, variables: { townID: town || null, withVillages: !!town } });
  const towns = nodes(data?.towns);
  const villages = nodes(data?.villages);
  return (
    <div className="filters" role="group" aria-label={t('filters.area')}>
      <label htmlFor={`${id}-town`}>{t('area.town')}</label>
      <select id={`${id}-town`} value={town} onChange={(e) => set('town', e.target.value, ['village'])}>
        {!requireTown && <option value="">{t('filters.all')}</option>}
        {requireTown && !town && <option value="">{t('filters.choose')}</option>}
        {towns.map((x) => (
          <option key={x.id} value={x.id}>
            {x.name}
          </option>
        ))}
      </select>
      {town && (
        <>
          <label htmlFor={`${id}-village`}>{t('area.village')}</label>
          <select id={`${id}-village`} value={village} onChange={(e) => set('village', e.target.value)}>
            <option value="">{t('filters.all')}</option>
            {villages.map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </>
      )}
    </div>
  );
}
