// The red board (红榜): households of the district, a town, a village or a
// courtyard ranked by the points they earned in a year or quarter (the
// period picker's, in the URL) (the incentives API's `redBoard`:
// its tie rule and the names as the village allows), with an A4 print view
// for the courtyard wall (/print/red-board?area=…&period=…).
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { t } from '../i18n';
import type { PeriodKind } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { Empty, ErrorState, Loading, QueryState, Section, formatNumber, nodes } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';
import { PeriodPicker } from './AreaPage';

export const RedBoardQuery = graphql(`
  query RedBoard($area: ID!, $period: String!, $first: Int) {
    redBoard(area: $area, period: $period, first: $first) {
      rank
      name
      points
      entries
      household {
        id
        number
        courtyard {
          id
          name
          village {
            id
            name
            town {
              id
              name
            }
          }
        }
      }
      topReasons {
        reason
        points
        entries
      }
    }
    node(id: $area) {
      id
      __typename
      ... on Village {
        name
        town {
          id
          name
        }
      }
      ... on Courtyard {
        name
        village {
          id
          name
        }
      }
      ... on Town {
        name
      }
      ... on District {
        name
      }
    }
  }
`);

/** The district's id: the board of the whole area the account may read. */
export const DistrictIdQuery = graphql(`
  query DistrictId {
    districts(first: 1) {
      edges {
        node {
          id
        }
      }
    }
  }
`);

/** The kinds of period a red board counts by. */
const boardKinds: PeriodKind[] = ['quarter', 'year'];

function useBoard(area: string, period: string, first = 20) {
  return useQuery({ query: RedBoardQuery, variables: { area, period, first }, pause: !area || !period });
}

export function RedBoard() {
  const { town, village } = useAreaFilter();
  const { period, setPeriod } = usePeriod('year', boardKinds);
  const [{ data: district }] = useQuery({ query: DistrictIdQuery, pause: !!(town || village) });
  const area = village || town || nodes(district?.districts)[0]?.id || '';
  const label = period?.label ?? '';
  const [{ data, fetching, error }, reexecute] = useBoard(area, label);
  const rows = data?.redBoard ?? [];
  // Below a village the place says where the household lives.
  const wide = !village;
  return (
    <div>
      <h1 className="page-title">{t('nav.redBoard')}</h1>
      <div className="filters-bar">
        <AreaFilter />
        {period && <PeriodPicker period={period} onChange={setPeriod} kinds={boardKinds} />}
      </div>
      {!period || !area ? (
        <Loading />
      ) : (
        <Section
          title={t('redBoard.heading', { period: label })}
          actions={
            <Link
              className="button button-small"
              to={`/print/red-board?area=${encodeURIComponent(area)}&period=${encodeURIComponent(label)}`}
            >
              {t('redBoard.print')}
            </Link>
          }
        >
          <QueryState
            fetching={fetching}
            error={error}
            hasData={!!data}
            isEmpty={rows.length === 0}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          >
            <RedBoardTable rows={rows} wide={wide} />
          </QueryState>
        </Section>
      )}
    </div>
  );
}

type Row = {
  rank: number;
  name: string;
  points: number;
  entries: number;
  household: {
    id: string;
    number: string;
    courtyard: { id: string; name: string; village: { name: string; town: { name: string } } };
  };
  topReasons: { reason: string; points: number }[];
};

/** A household's place: town, village and courtyard (a board wider than a village). */
function place(r: Row): string {
  const c = r.household.courtyard;
  return `${c.village.town.name} ${c.village.name} ${c.name}`;
}

function RedBoardTable({ rows, wide = false }: { rows: readonly Row[]; wide?: boolean }) {
  return (
    <table className="table red-board">
      <thead>
        <tr>
          <th scope="col">{t('redBoard.rank')}</th>
          <th scope="col">{t('redBoard.household')}</th>
          {wide && <th scope="col">{t('redBoard.place')}</th>}
          <th scope="col">{t('redBoard.points')}</th>
          <th scope="col">{t('redBoard.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.household.id}>
            <td className="num rank">{r.rank}</td>
            <td>{r.name}</td>
            {wide && <td>{place(r)}</td>}
            <td className="num">{formatNumber(r.points)}</td>
            <td>{r.topReasons.map((x) => `${x.reason} +${x.points}`).join('；')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function RedBoardPrint() {
  const [params] = useSearchParams();
  const area = params.get('area') ?? '';
  const { period: p } = usePeriod('year', boardKinds);
  const period = p?.label ?? '';
  const [{ data, error }] = useBoard(area, period, 30);
  if (!area) return <Empty>{t('redBoard.chooseVillage')}</Empty>;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return <Loading />;
  const node = data.node as {
    __typename?: string;
    name?: string;
    town?: { name: string };
    village?: { name: string };
  } | null;
  const where = node ? `${node.town?.name ?? node.village?.name ?? ''} ${node.name ?? ''}`.trim() : '';
  const wide = node?.__typename === 'Town' || node?.__typename === 'District';
  return (
    <div className="print-a4">
      <h1 className="print-title">{t('redBoard.printTitle', { place: where, period })}</h1>
      <RedBoardTable rows={data.redBoard} wide={wide} />
      <p className="print-foot">{t('redBoard.printFoot')}</p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('redBoard.printNow')}
      </button>
    </div>
  );
}
