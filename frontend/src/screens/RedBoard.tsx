// The red board (红榜): households of a village or courtyard ranked by the
// points they earned in a year or quarter (the incentives API's `redBoard`:
// its tie rule and the names as the village allows), with an A4 print view
// for the courtyard wall (/print/red-board?area=…&period=…).
import { useId } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { t } from '../i18n';
import { periodAt } from '../lib/period';
import { useLatestData } from '../lib/usePeriod';
import { Empty, ErrorState, Loading, QueryState, Section, formatNumber } from '../ui';
import { AreaFilter, useAreaFilter } from './AreaFilter';

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
      }
      topReasons {
        reason
        points
        entries
      }
    }
    node(id: $area) {
      id
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
    }
  }
`);

/** The three years up to the one that holds `latest` (Asia/Shanghai). */
function years(latest: Date): string[] {
  const y = Number(periodAt('year', latest).label);
  return [String(y), String(y - 1), String(y - 2)];
}

function useBoard(area: string, period: string, first = 20) {
  return useQuery({ query: RedBoardQuery, variables: { area, period, first }, pause: !area || !period });
}

export function RedBoard() {
  const id = useId();
  const { village, set } = useAreaFilter();
  const [params] = useSearchParams();
  // The year the data reach by default, not today's.
  const latest = useLatestData(!!params.get('period'));
  const choices = years(latest ?? new Date());
  const period = params.get('period') ?? (latest ? choices[0] : '');
  const [{ data, fetching, error }, reexecute] = useBoard(village, period);
  const rows = data?.redBoard ?? [];
  return (
    <div>
      <h1 className="page-title">{t('nav.redBoard')}</h1>
      <div className="filters-bar">
        <AreaFilter />
        <div className="filters">
          <label htmlFor={`${id}-p`}>{t('period.label')}</label>
          <input
            id={`${id}-p`}
            value={period}
            onChange={(e) => set('period', e.target.value)}
            size={8}
            placeholder="2026 / 2026Q3"
          />
          {choices.map((y) => (
            <button key={y} type="button" className="button button-small" onClick={() => set('period', y)}>
              {y}
            </button>
          ))}
        </div>
      </div>
      {!village ? (
        <p className="status">{t('redBoard.chooseVillage')}</p>
      ) : (
        <Section
          title={t('redBoard.heading', { period })}
          actions={
            <Link
              className="button button-small"
              to={`/print/red-board?area=${encodeURIComponent(village)}&period=${encodeURIComponent(period)}`}
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
            <RedBoardTable rows={rows} />
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
  household: { id: string; number: string };
  topReasons: { reason: string; points: number }[];
};

function RedBoardTable({ rows }: { rows: readonly Row[] }) {
  return (
    <table className="table red-board">
      <thead>
        <tr>
          <th scope="col">{t('redBoard.rank')}</th>
          <th scope="col">{t('redBoard.household')}</th>
          <th scope="col">{t('redBoard.points')}</th>
          <th scope="col">{t('redBoard.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.household.id}>
            <td className="num rank">{r.rank}</td>
            <td>{r.name}</td>
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
  const latest = useLatestData(!!params.get('period'));
  const period = params.get('period') ?? (latest ? years(latest)[0] : '');
  const [{ data, error }] = useBoard(area, period, 30);
  if (!area) return <Empty>{t('redBoard.chooseVillage')}</Empty>;
  if (error && !data) return <ErrorState error={error} />;
  if (!data) return <Loading />;
  const node = data.node as { name?: string; town?: { name: string }; village?: { name: string } } | null;
  const place = node ? `${node.town?.name ?? node.village?.name ?? ''} ${node.name ?? ''}` : '';
  return (
    <div className="print-a4">
      <h1 className="print-title">{t('redBoard.printTitle', { place, period })}</h1>
      <RedBoardTable rows={data.redBoard} />
      <p className="print-foot">{t('redBoard.printFoot')}</p>
      <button type="button" className="button no-print" onClick={() => window.print()}>
        {t('redBoard.printNow')}
      </button>
    </div>
  );
}
