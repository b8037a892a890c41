// Overview and drill-down: the district (/), a town (/town/:id) or a village
// (/village/:id), each with the same KPI cards for its area and period, the
// monthly trend, breakdowns, the ranking of its children and the map of its
// courtyards. The period is in the URL (?period=2024Q2), as is the ranking
// measure (?rank=tickets).
import { useCallback, useEffect, useMemo, useId, useState } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useMe } from '../App';
import { Chart, EChart } from '../charts/Chart';
import { AreaMap } from '../charts/AreaMap';
import { enumLabel, metricLabel, t, type MessageKey } from '../i18n';
import { areaPath, childLevel, type AreaLevel, type AreaRef } from '../lib/area';
import { listPath } from '../lib/kpis';
import type { Metric } from '../gql/graphql';
import { hasBegun, monthsEnding, type Period, type PeriodKind } from '../lib/period';
import { periodChoices, usePeriod } from '../lib/usePeriod';
import {
  Breadcrumbs,
  Empty,
  ErrorState,
  formatTime,
  formatUnit,
  KpiCard,
  Loading,
  nodes,
  Section,
  type Crumb,
} from '../ui';
import { ExportButton } from './ExportButton';
import { RedFlags } from './RedFlags';
import { useLiveRefresh } from '../lib/live';
import { FiguresFirst, useWaitForFigures } from '../lib/priority';
import { LiveIndicator } from './LiveIndicator';
import { CockpitLinks } from './CockpitLinks';
import { TargetsMatrix } from './TargetsMatrix';

export const AreaInfoQuery = graphql(`
  query AreaInfo($id: ID!) {
    node(id: $id) {
      id
      ... on Town {
        name
        code
      }
      ... on Village {
        name
        code
        town {
          id
          name
        }
      }
    }
  }
`);

export const DistrictInfoQuery = graphql(`
  query DistrictInfo {
    districts(first: 1) {
      edges {
        node {
          id
          name
          code
        }
      }
    }
  }
`);

export const OverviewQuery = graphql(`
  query AreaOverview($area: ID, $period: String) {
    overview(area: $area, period: $period) {
      area {
        name
        parentName
      }
      period
      previousPeriod
      partial
      through
      previousThrough
      asOf
      figures {
        metric
        label
        unit
        value
        previous
        better
      }
    }
    metrics {
      metric
      label
      labelEn
      unit
      better
    }
  }
`);

export const TrendQuery = graphql(`
  query AreaTrend($area: ID, $from: Time!, $to: Time!) {
    stats(metrics: [TICKETS_SUBMITTED, ISSUES_COLLECTED, LECTURES], where: { area: $area, from: $from, to: $to }, bucket: MONTH) {
      metrics {
        metric
        label
        labelEn
        unit
      }
      rows {
        bucket {
          label
        }
        values
      }
    }
  }
`);

export const BreakdownsQuery = graphql(`
  query AreaBreakdowns($area: ID, $period: String!) {
    byCategory: stats(metrics: [ISSUES_COLLECTED], where: { area: $area, period: $period }, groupBy: [CATEGORY]) {
      rows {
        keys {
          code
          name
        }
        values
      }
    }
    byTopic: stats(metrics: [LECTURES], where: { area: $area, period: $period }, groupBy: [TOPIC]) {
      rows {
        keys {
          code
          name
        }
        values
      }
    }
    byService: stats(metrics: [TICKETS_SUBMITTED], where: { area: $area, period: $period }, groupBy: [SERVICE_TYPE]) {
      rows {
        keys {
          code
          name
        }
        values
      }
    }
  }
`);

export const RankingQuery = graphql(`
  query AreaRanking($metric: Metric!, $level: RankingLevel!, $area: ID, $period: String!) {
    ranking(metric: $metric, level: $level, where: { area: $area, period: $period }, first: 300) {
      rank
      value
      subject {
        id
        code
        name
        parentName
      }
    }
  }
`);

const rankMeasures: { key: string; label: MessageKey; metric: Metric; unit: string }[] = [
  { key: 'tickets', label: 'kpi.ticketsSubmitted', metric: 'TICKETS_SUBMITTED', unit: 'count' },
  { key: 'onTime', label: 'kpi.onTimeShare', metric: 'TICKETS_ON_TIME_SHARE', unit: 'share' },
  { key: 'satisfaction', label: 'kpi.satisfaction', metric: 'TICKET_SATISFACTION', unit: 'share' },
  { key: 'issues', label: 'kpi.issuesRaised', metric: 'ISSUES_COLLECTED', unit: 'count' },
  { key: 'lectures', label: 'kpi.lectures', metric: 'LECTURES', unit: 'count' },
  { key: 'coverage', label: 'kpi.themeCoverage', metric: 'THEME_COVERAGE', unit: 'share' },
  { key: 'overdue', label: 'kpi.ticketsOverdue', metric: 'TICKETS_OVERDUE', unit: 'count' },
];

function useArea(): AreaRef {
  const { id } = useParams();
  const { pathname } = useLocation();
  const level: AreaLevel = pathname.startsWith('/town/')
    ? 'town'
    : pathname.startsWith('/village/')
      ? 'village'
      : 'district';
  return { level, id };
}

export function AreaPage() {
  const area = useArea();
  const me = useMe();
  const { period, prev, chosen, setPeriod, params } = usePeriod();
  const [{ data: info, error: infoError }] = useQuery({
    query: AreaInfoQuery,
    variables: { id: area.id ?? '' },
    pause: !area.id,
  });
  const [{ data: district }] = useQuery({ query: DistrictInfoQuery });
  const districtName = nodes(district?.districts)[0]?.name ?? t('area.district');
  const node = info?.node as { name?: string; town?: { id: string; name: string } } | null | undefined;

  const districtWide = me.role === 'DISTRICT_ADMIN' || me.role === 'ANALYST';
  // The account's own area, named (the overview's area; the same request as AreaBody's).
  const [{ data: own }] = useQuery({
    query: OverviewQuery,
    variables: { area: null, period: overviewPeriod(period, chosen) },
    pause: area.level !== 'district' || districtWide || !period,
  });
  const ownName = area.level === 'district' && !districtWide ? own?.overview.area?.name : undefined;
  const crumbs: Crumb[] = [{ label: districtName, to: '/' }];
  if (ownName) crumbs.push({ label: ownName });
  if (area.level === 'village' && node?.town)
    crumbs.push({ label: node.town.name, to: areaPath({ level: 'town', id: node.town.id }) });
  if (area.level !== 'district') crumbs.push({ label: node?.name ?? '…' });
  const qs = period ? `?period=${period.label}` : '';
  const withQs = (c: Crumb): Crumb => (c.to ? { ...c, to: c.to + qs } : c);

  if (infoError) return <ErrorState error={infoError} />;
  const title =
    area.level !== 'district'
      ? (node?.name ?? '…')
      : districtWide
        ? t('overview.title', { name: districtName })
        : ownName
          ? t('overview.title', { name: ownName })
          : t('overview.myArea');

  return (
    <div className="area-page">
      <Breadcrumbs items={crumbs.map(withQs)} />
      <div className="page-head">
        <h1 className="page-title">{title}</h1>
        {period && <PeriodPicker period={period} onChange={setPeriod} />}
        {period && <CockpitLinks area={area} period={period.label} />}
      </div>
      {area.level === 'district' && !districtWide && (
        <p className="status">{t('overview.scoped', { area: ownName ?? me.areaCode })}</p>
      )}
      {!period || !prev ? (
        <Loading />
      ) : (
        <AreaBody area={area} period={period} chosen={chosen} prev={prev} rank={params.get('rank') ?? 'tickets'} />
      )}
    </div>
  );
}

export function PeriodPicker({
  period,
  onChange,
  kinds = ['month', 'quarter', 'half', 'year'],
}: {
  period: Period;
  onChange: (label: string) => void;
  /** The kinds of period the board counts by (a red board: quarters and years). */
  kinds?: PeriodKind[];
}) {
  const id = useId();
  const choices = periodChoices(period.kind, period);
  return (
    <div className="period-picker" role="group" aria-label={t('period.label')}>
      <label htmlFor={`${id}-kind`}>{t('period.kind')}</label>
      <select
        id={`${id}-kind`}
        value={period.kind}
        onChange={(e) => {
          const kind = e.target.value as PeriodKind;
          const c = periodChoices(kind, period);
          const match = c.find((x) => x.from <= period.from && x.to > period.from) ?? c[c.length - 1];
          onChange(match.label);
        }}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {t(`period.${k}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-value`}>{t('period.value')}</label>
      <select id={`${id}-value`} value={period.label} onChange={(e) => onChange(e.target.value)}>
        {choices.map((c) => (
          <option key={c.label} value={c.label}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The area's ID for the analytics API (null: the account's whole area). */
function areaArg(area: AreaRef): string | null {
  return area.level === 'district' ? null : (area.id ?? null);
}

/**
 * The overview's period argument: the period in the address, else none, the
 * server's default, the latest data's quarter, which is the picker's default
 * too (usePeriod). The same variables as lib/prefetch, so its answer, asked
 * for at start without waiting for the latest data's date, serves the cards.
 */
function overviewPeriod(period: Period | null, chosen: boolean): string | null {
  return chosen && period ? period.label : null;
}

function AreaBody({
  area,
  period,
  chosen,
  prev,
  rank,
}: {
  area: AreaRef;
  period: Period;
  chosen: boolean;
  prev: Period;
  rank: string;
}) {
  const [{ data, error }, reexecute] = useQuery({
    query: OverviewQuery,
    variables: { area: areaArg(area), period: overviewPeriod(period, chosen) },
  });
  const live = useLiveRefresh(areaArg(area), reexecute);
  // Whether the figures are still on their way (neither in nor failed).
  const waiting = !data && !error;
  // The map comes next (issue 21 item 7): the trend, the breakdowns and the
  // targets, whose charts and 40-town table held the main thread while the
  // map was being drawn, ask once it is drawn or has failed, or at the
  // latest 2 s after the figures (in or failed).
  const [mapSettled, setMapSettled] = useState(false);
  const mapDrawn = useCallback(() => setMapSettled(true), []);
  useEffect(() => {
    if (waiting || mapSettled) return;
    const late = setTimeout(mapDrawn, 2000);
    return () => clearTimeout(late);
  }, [waiting, mapSettled, mapDrawn]);
  // The charts' code (ECharts) is asked for with their data, once the map
  // is drawn: evaluating it earlier would hold up the cards and the map.
  useEffect(() => {
    if (mapSettled) void EChart.preload();
  }, [mapSettled]);
  const qs = `?period=${period.label}`;
  const labels = new Map((data?.metrics ?? []).map((m) => [m.metric, metricLabel(m)]));
  const figures = data?.overview.figures ?? [];
  const partial = data?.overview.partial ? data.overview : null;
  // The red flags, the ranking and the map ask for their data once the
  // figures are in (or failed); the panels after them once the map is drawn.
  return (
    <FiguresFirst value={waiting}>
      {area.level !== 'village' && <RedFlags area={area} />}
      <LiveIndicator status={live} />
      <section aria-label={t('overview.kpis')} className="kpis">
        {error && !data ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : !data ? (
          <Loading />
        ) : (
          figures.map((f) => (
            <KpiCard
              key={f.metric}
              testId={`kpi-${f.metric}`}
              label={labels.get(f.metric) ?? f.label}
              unit={f.unit}
              value={f.value}
              prev={f.previous}
              better={f.better}
              to={listPath(f.metric, area, period, data.overview.asOf)}
            />
          ))
        )}
      </section>
      <p className="note" data-testid="kpi-note">
        {partial
          ? t('overview.kpiNotePartial', {
              period: period.label,
              through: formatTime(partial.through, true),
              prev: prev.label,
              prevThrough: formatTime(partial.previousThrough, true),
            })
          : t('overview.kpiNote', { period: period.label, prev: prev.label })}
      </p>
      {data && (
        <p className="note" data-testid="overview-as-of">
          {t('overview.asOf', { time: formatTime(data.overview.asOf, true) })}
        </p>
      )}
      <div className="grid-2">
        <Ranking area={area} period={period} rank={rank} qs={qs} />
        <Section title={t('overview.map')}>
          <AreaMap area={area} period={period.label} onSettled={mapDrawn} />
        </Section>
      </div>
      {/* The trend, the breakdowns and the targets once the map is drawn too. */}
      <FiguresFirst value={waiting || !mapSettled}>
        <Trend area={area} period={period} />
        <Breakdowns area={area} period={period} />
        {(area.level === 'district' || area.level === 'town') && <TargetsMatrix area={area} period={period} />}
      </FiguresFirst>
    </FiguresFirst>
  );
}

function Trend({ area, period }: { area: AreaRef; period: Period }) {
  // The 12 months up to the period's end, without months still to come.
  const months = useMemo(
    () => monthsEnding(period, 12).filter((m) => hasBegun(m)),
    // Keyed by the label: the period object is a new one on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period.label],
  );
  const [{ data, error }] = useQuery({
    query: TrendQuery,
    variables: { area: areaArg(area), from: months[0].from, to: months[months.length - 1].to },
    pause: useWaitForFigures(),
  });
  const series = (data?.stats.metrics ?? []).map(metricLabel);
  const byMonth = new Map((data?.stats.rows ?? []).map((r) => [r.bucket?.label ?? '', r.values]));
  const value = (label: string, i: number) => byMonth.get(label)?.[i] ?? 0;
  const option = {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 16, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: months.map((m) => m.label) },
    yAxis: { type: 'value' },
    series: series.map((name, i) => ({ name, type: 'line', data: months.map((m) => value(m.label, i)) })),
  };
  return (
    <Section title={t('overview.trend')}>
      {error && !data ? (
        <ErrorState error={error} />
      ) : !data ? (
        <Loading />
      ) : (
        <Chart
          label={t('overview.trend')}
          option={option}
          counts={data.stats.metrics.every((m) => m.unit === 'count')}
          table={{
            columns: [t('period.month'), ...series],
            rows: months.map((m) => [m.label, ...series.map((_, i) => value(m.label, i))]),
          }}
        />
      )}
    </Section>
  );
}

type StatsRows = readonly { keys: readonly { code: string; name: string }[]; values: readonly (number | null)[] }[];

function Breakdowns({ area, period }: { area: AreaRef; period: Period }) {
  const [{ data, error }] = useQuery({
    query: BreakdownsQuery,
    variables: { area: areaArg(area), period: period.label },
    pause: useWaitForFigures(),
  });
  const bar = (labels: string[], values: number[], name: string) => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{ type: 'bar', name, data: values, itemStyle: { color: '#b5522e' } }],
  });
  const group = (title: string, rows: StatsRows, enumType?: string) => ({
    title,
    labels: rows.map((r) => {
      const k = r.keys[0];
      return (enumType && k ? enumLabel(enumType, k.code) : k?.name) ?? '';
    }),
    values: rows.map((r) => r.values[0] ?? 0),
  });
  const groups = data
    ? [
        group(t('overview.byCategory'), data.byCategory.rows, 'IssueCategory'),
        group(t('overview.byTopic'), data.byTopic.rows),
        group(t('overview.byService'), data.byService.rows),
      ]
    : [];
  return (
    <Section title={t('overview.breakdowns')}>
      {error && !data ? (
        <ErrorState error={error} />
      ) : !data ? (
        <Loading />
      ) : (
        <div className="grid-3">
          {groups.map((g) => (
            <div key={g.title} className="breakdown">
              <h3>{g.title}</h3>
              {g.labels.length === 0 ? (
                <Empty />
              ) : (
                <Chart
                  counts
                  label={g.title}
                  height={Math.max(120, g.labels.length * 26 + 32)}
                  option={bar(g.labels, g.values, g.title)}
                  table={{ columns: [g.title, t('common.count')], rows: g.labels.map((l, i) => [l, g.values[i]]) }}
                />
              )}
            </div>
          ))}
        </div>
      )}
    </Section>
  );
}

const rankingLevel = { town: 'TOWN', village: 'VILLAGE', courtyard: 'COURTYARD' } as const;

function Ranking({ area, period, rank, qs }: { area: AreaRef; period: Period; rank: string; qs: string }) {
  const level = childLevel(area.level)!;
  const [params, setParams] = useSearchParams();
  const id = useId();
  const measure = rankMeasures.find((m) => m.key === rank) ?? rankMeasures[0];
  const [{ data, error }] = useQuery({
    query: RankingQuery,
    variables: { metric: measure.metric, level: rankingLevel[level], area: areaArg(area), period: period.label },
    pause: useWaitForFigures(),
  });
  const ranked = data?.ranking ?? [];
  const max = Math.max(1e-9, ...ranked.map((r) => r.value ?? 0));
  const area$ = areaArg(area);
  // A ranking of one row that is the viewer's own area or holds it (a town
  // official's own town, a cadre's town) ranks nothing and leads nowhere new;
  // a leader's one-town district still lists the town to drill into.
  const me = useMe();
  if (ranked.length === 1 && me.areaCode.startsWith(ranked[0].subject.code)) return null;
  return (
    <Section
      title={t('overview.ranking', { level: t(`area.${level}s`) })}
      actions={
        <>
          <label htmlFor={`${id}-rank`} className="sr-only">
            {t('overview.rankBy')}
          </label>
          <select
            id={`${id}-rank`}
            value={measure.key}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              next.set('rank', e.target.value);
              setParams(next);
            }}
          >
            {rankMeasures.map((m) => (
              <option key={m.key} value={m.key}>
                {t(m.label)}
              </option>
            ))}
          </select>
        </>
      }
    >
      {error && !data ? (
        <ErrorState error={error} />
      ) : !data ? (
        <Loading />
      ) : ranked.length === 0 ? (
        <p className="status empty">{t('common.empty')}</p>
      ) : (
        <ol className="ranking" aria-label={t('overview.rankingList')}>
          {ranked.map((r, i) => (
            <li key={r.subject.id ?? r.subject.code}>
              <span className="rank-no">
                {r.rank}
                {(ranked[i - 1]?.rank === r.rank || ranked[i + 1]?.rank === r.rank) && (
                  <span className="rank-tied">{t('overview.tied')}</span>
                )}
              </span>
              {r.subject.id ? (
                <Link to={areaPath({ level, id: r.subject.id }) + qs} className="rank-name">
                  {r.subject.name}
                </Link>
              ) : (
                <span className="rank-name">{r.subject.name}</span>
              )}
              <span className="rank-bar" aria-hidden="true">
                <span style={{ width: `${((r.value ?? 0) / max) * 100}%` }} />
              </span>
              <span className="rank-value" data-testid={`rank-${r.subject.code}`}>
                {r.value == null ? '—' : formatUnit(r.value, measure.unit)}
              </span>
            </li>
          ))}
        </ol>
      )}
      <ExportButton
        name="stats"
        where={{ period: period.label, ...(area$ ? { area: area$ } : {}) }}
        extra={{ metrics: measure.metric, groupBy: rankingLevel[level] }}
      />
    </Section>
  );
}
