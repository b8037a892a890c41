// The briefing (工作简报): the period's report of an area on A4, in one
// click from the overview (/print/briefing?area=…&period=2024Q2): the
// headline figures against the previous period, the monthly trend, today's
// red flags, the leading and lagging areas below, and the article's headline
// figures for the area. Every number is the catalogue's (overview, stats,
// ranking, redFlags), read in two requests: the area's figures, then the
// ranking of the level below it (known from the first answer).
import { useMemo, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type {
  BriefingQuery as BriefingResult,
  BriefingRankingQuery as BriefingRankingResult,
  Metric,
  RankingLevel,
} from '../gql/graphql';
import { FixedChart } from '../charts/FixedChart';
import { getLocale, metricLabel, t, type MessageKey } from '../i18n';
import { hasBegun, monthsEnding, type Period } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { ErrorState, formatTime, formatUnit, KpiCard, Loading } from '../ui';
import { itemMeta, kinds, RedFlagsFields } from './RedFlags';

export const BriefingSeries = graphql(`
  fragment BriefingSeries on StatsResult {
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
`);

export const BriefingRank = graphql(`
  fragment BriefingRank on RankingEntry {
    rank
    value
    subject {
      id
      code
      name
      parentName
    }
  }
`);

export const BriefingQuery = graphql(`
  query Briefing(
    $area: ID
    $period: String!
    $from: Time!
    $to: Time!
    $through: Time!
    $article: [Metric!]!
  ) {
    overview(area: $area, period: $period) {
      area {
        key
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
      labelEn
    }
    volumes: stats(
      metrics: [TICKETS_SUBMITTED, ISSUES_COLLECTED, LECTURES]
      where: { area: $area, from: $from, to: $to }
      bucket: MONTH
    ) {
      ...BriefingSeries
    }
    shares: stats(
      metrics: [TICKETS_ON_TIME_SHARE, TICKET_SATISFACTION]
      where: { area: $area, from: $from, to: $to }
      bucket: MONTH
    ) {
      ...BriefingSeries
    }
    redFlags(area: $area, first: 3) {
      ...RedFlagsFields
    }
    article: stats(
      metrics: $article
      where: { area: $area, period: $period }
    ) {
      metrics {
        metric
        label
        labelEn
        unit
        snapshot
      }
      rows {
        values
      }
    }
    articleToDate: stats(
      metrics: $article
      where: { area: $area, to: $through }
    ) {
      rows {
        values
      }
    }
  }
`);

export const BriefingRankingQuery = graphql(`
  query BriefingRanking($level: RankingLevel!, $area: ID, $period: String!, $coverage: Boolean!) {
    onTimeTop: ranking(metric: TICKETS_ON_TIME_SHARE, level: $level, where: { area: $area, period: $period }, first: 3) {
      ...BriefingRank
    }
    onTimeBottom: ranking(
      metric: TICKETS_ON_TIME_SHARE
      level: $level
      where: { area: $area, period: $period }
      bottom: true
      first: 3
    ) {
      ...BriefingRank
    }
    satisfactionTop: ranking(metric: TICKET_SATISFACTION, level: $level, where: { area: $area, period: $period }, first: 3) {
      ...BriefingRank
    }
    satisfactionBottom: ranking(
      metric: TICKET_SATISFACTION
      level: $level
      where: { area: $area, period: $period }
      bottom: true
      first: 3
    ) {
      ...BriefingRank
    }
    coverageTop: ranking(metric: THEME_COVERAGE, level: $level, where: { area: $area, period: $period }, first: 3)
      @include(if: $coverage) {
      ...BriefingRank
    }
    coverageBottom: ranking(
      metric: THEME_COVERAGE
      level: $level
      where: { area: $area, period: $period }
      bottom: true
      first: 3
    ) @include(if: $coverage) {
      ...BriefingRank
    }
  }
`);

/** The article's headline claims and the catalogue metric each is shown by (the article stats' metrics, in order). */
export const articleClaims: { metric: Metric; claim: MessageKey }[] = [
  { metric: 'COURTYARDS', claim: 'briefing.claim.courtyards' },
  { metric: 'ROLES_STAFFED', claim: 'briefing.claim.officers' },
  { metric: 'DISPUTES_MEDIATED', claim: 'briefing.claim.disputes' },
  { metric: 'IDEAS_ADOPTED', claim: 'briefing.claim.ideas' },
  { metric: 'CUSTOMS_STOPPED', claim: 'briefing.claim.customs' },
  { metric: 'TICKETS_SUBMITTED', claim: 'briefing.claim.tickets' },
  { metric: 'TICKET_SATISFACTION', claim: 'briefing.claim.satisfaction' },
  { metric: 'LECTURES', claim: 'briefing.claim.lectures' },
  { metric: 'LECTURE_ATTENDANCES', claim: 'briefing.claim.attendances' },
  { metric: 'OFFICERS_REPLACED', claim: 'briefing.claim.replaced' },
  { metric: 'AWARDS', claim: 'briefing.claim.awards' },
  { metric: 'GRANT_AMOUNT', claim: 'briefing.claim.grants' },
  { metric: 'HOUSEHOLDS_WITH_POINTS', claim: 'briefing.claim.points' },
];

/** The level ranked below an area of the overview's key (null: a courtyard, nothing below). */
export function levelBelow(key: string | null | undefined): RankingLevel | null {
  if (key === 'TOWN') return 'VILLAGE';
  if (key === 'VILLAGE') return 'COURTYARD';
  if (key === 'COURTYARD') return null;
  return 'TOWN';
}

const levelWords: Record<RankingLevel, MessageKey> = {
  TOWN: 'area.towns',
  VILLAGE: 'area.villages',
  COURTYARD: 'area.courtyards',
  OFFICER: 'area.courtyards',
};

/** A period label in words: 2024Q2 → 2024年第二季度 (Q2 2024). */
export function periodWords(p: Period): string {
  const en = getLocale() === 'en';
  const year = p.label.slice(0, 4);
  switch (p.kind) {
    case 'quarter': {
      const q = Number(p.label.slice(5));
      return t('briefing.quarter', { year, q: en ? String(q) : '一二三四'[q - 1] });
    }
    case 'month': {
      const m = Number(p.label.slice(5));
      const month = en
        ? new Date(Date.UTC(2000, m - 1, 15)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })
        : String(m);
      return t('briefing.month', { year, month });
    }
    case 'half':
      return t(p.label.endsWith('H1') ? 'briefing.half1' : 'briefing.half2', { year });
    case 'year':
      return t('briefing.year', { year });
  }
}

/** A metric's label in the current locale. */
const labelOf = metricLabel;

type Series = FragmentType<typeof BriefingSeries>;

/** A monthly line chart of a series result over months (shares in percent). */
function seriesChart(series: Series, months: Period[], title: string) {
  const s = getFragmentData(BriefingSeries, series);
  const byMonth = new Map(s.rows.map((r) => [r.bucket?.label ?? '', r.values]));
  const share = s.metrics.every((m) => m.unit === 'share');
  const names = s.metrics.map(labelOf);
  const value = (label: string, i: number): number | null => {
    const v = byMonth.get(label)?.[i];
    if (v == null) return share ? null : 0;
    return share ? Math.round(v * 1000) / 10 : v;
  };
  const option = {
    color: ['#8a4b2a', '#1d4ed8', '#2f7d32'],
    legend: { top: 0, textStyle: { fontSize: 11 } },
    grid: { left: 8, right: 16, top: 28, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => m.label.slice(2)), axisLabel: { fontSize: 10 } },
    yAxis: share
      ? { type: 'value', max: 100, axisLabel: { fontSize: 10, formatter: '{value}%' } }
      : { type: 'value', minInterval: 1, axisLabel: { fontSize: 10 } },
    series: names.map((name, i) => ({
      name,
      type: 'line',
      symbolSize: 5,
      connectNulls: true,
      data: months.map((m) => value(m.label, i)),
    })),
  };
  const table = {
    columns: [t('period.month'), ...names],
    rows: months.map((m) => [
      m.label,
      ...names.map((_, i) => {
        const v = byMonth.get(m.label)?.[i];
        return v == null ? '—' : formatUnit(v, s.metrics[i].unit);
      }),
    ]),
  };
  return { title, option, table };
}

export function BriefingPrint() {
  const [params] = useSearchParams();
  const area = params.get('area') || null;
  const { period } = usePeriod();
  if (!period) return <Loading />;
  return <Briefing area={area} period={period} />;
}

function Briefing({ area, period }: { area: string | null; period: Period }) {
  // The 12 months up to the period's end, without months still to come.
  const months = useMemo(() => {
    const all = monthsEnding(period, 12);
    const begun = all.filter((m) => hasBegun(m));
    return begun.length ? begun : all.slice(-1);
    // Keyed by the label: the period object is a new one on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [period.label]);
  const navigate = useNavigate();
  const [generated] = useState(() => new Date().toISOString());
  const [{ data, error }, reexecute] = useQuery({
    query: BriefingQuery,
    variables: {
      area,
      period: period.label,
      from: months[0].from,
      to: months[months.length - 1].to,
      through: period.to,
      article: articleClaims.map((c) => c.metric),
    },
  });
  const level = data ? levelBelow(data.overview.area?.key) : null;
  const [ranking] = useQuery({
    query: BriefingRankingQuery,
    variables: { level: level ?? 'TOWN', area, period: period.label, coverage: level !== 'COURTYARD' },
    pause: !level,
  });

  if (error && !data) return <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading />;
  const o = data.overview;
  const labelsEn = new Map(data.metrics.map((m) => [m.metric, m.labelEn]));
  const charts = [
    seriesChart(data.volumes, months, t('briefing.volumes')),
    seriesChart(data.shares, months, t('briefing.shares')),
  ];
  const areaName = o.area?.name ?? t('area.district');
  return (
    <article className="briefing" data-testid="briefing">
      <div className="briefing-actions no-print">
        <button type="button" className="button" onClick={() => window.print()}>
          {t('briefing.print')}
        </button>
        <button type="button" className="button button-small" onClick={() => navigate(-1)}>
          {t('briefing.back')}
        </button>
      </div>
      <header className="briefing-head">
        <h1 className="page-title">{t('briefing.title', { area: areaName, period: periodWords(period) })}</h1>
        <p className="briefing-meta">
          {o.area?.parentName && <span>{o.area.parentName} · </span>}
          {t('briefing.comparedWith', { period: o.period, prev: o.previousPeriod })}
          {o.partial && (
            <>
              {' · '}
              {t('briefing.partial', {
                through: formatTime(o.through, true),
                prevThrough: formatTime(o.previousThrough, true),
              })}
            </>
          )}
        </p>
        <p className="briefing-meta" data-testid="briefing-generated">
          {t('briefing.generatedAt', { time: formatTime(generated, true) })} ·{' '}
          {t('common.asOf', { time: formatTime(o.asOf, true) })}
        </p>
      </header>

      <section className="briefing-section" aria-labelledby="briefing-figures">
        <h2 id="briefing-figures">{t('briefing.figures')}</h2>
        <div className="kpis briefing-kpis">
          {o.figures.map((f) => (
            <KpiCard
              key={f.metric}
              testId={`briefing-kpi-${f.metric}`}
              label={metricLabel({ label: f.label, labelEn: labelsEn.get(f.metric) ?? f.label })}
              unit={f.unit}
              value={f.value}
              prev={f.previous}
              better={f.better}
            />
          ))}
        </div>
      </section>

      <section className="briefing-section" aria-labelledby="briefing-charts">
        <h2 id="briefing-charts">{t('briefing.charts')}</h2>
        {charts.map((c) => (
          <div key={c.title} className="briefing-chart">
            <h3>{c.title}</h3>
            <FixedChart label={c.title} option={c.option} table={c.table} width={680} height={210} />
          </div>
        ))}
      </section>

      <BriefingFlags flags={data.redFlags} />

      {level && <BriefingAreas level={level} data={ranking.data} error={!!ranking.error && !ranking.data} />}

      <BriefingArticle data={data} />
    </article>
  );
}

function BriefingFlags({ flags: masked }: { flags: FragmentType<typeof RedFlagsFields> }) {
  const flags = getFragmentData(RedFlagsFields, masked);
  return (
    <section className="briefing-section" aria-labelledby="briefing-flags">
      <h2 id="briefing-flags">
        {t('briefing.flags')}{' '}
        <span className="briefing-sub">{t('briefing.flagsAsOf', { time: formatTime(flags.asOf, true) })}</span>
      </h2>
      <table className="table briefing-table" data-testid="briefing-flags">
        <thead>
          <tr>
            <th scope="col">{t('flags.title')}</th>
            <th scope="col" className="num">
              {t('common.count')}
            </th>
            <th scope="col">{t('briefing.items')}</th>
          </tr>
        </thead>
        <tbody>
          {flags.flags.map((f) => {
            const k = kinds[f.kind];
            return (
              <tr key={f.kind} data-kind={f.kind}>
                <th scope="row">
                  {t(k.title)}
                  <span className="briefing-rule">{t(k.rule, { n: f.threshold })}</span>
                </th>
                <td className={`num${f.totalCount > 0 ? ' briefing-red' : ''}`}>{f.totalCount}</td>
                <td>
                  {f.items.length === 0 ? (
                    t('briefing.noFlags')
                  ) : (
                    <ul className="briefing-items">
                      {f.items.map((it) => (
                        <li key={it.id}>
                          <strong>{it.subject}</strong> {itemMeta(f.kind, it)}
                        </li>
                      ))}
                      {f.totalCount > f.items.length && (
                        <li className="briefing-sub">{t('briefing.more', { count: f.totalCount })}</li>
                      )}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

type Entry = FragmentType<typeof BriefingRank>;

const SHOWN = 3;

function BriefingAreas({
  level,
  data,
  error,
}: {
  level: RankingLevel;
  data: BriefingRankingResult | undefined;
  error: boolean;
}) {
  const r = data;
  const groups: { metric: Metric; label: MessageKey; top?: Entry[] | null; bottom?: Entry[] | null }[] = r
    ? (
        [
          { metric: 'TICKETS_ON_TIME_SHARE', label: 'kpi.onTimeShare', top: r.onTimeTop, bottom: r.onTimeBottom },
          {
            metric: 'TICKET_SATISFACTION',
            label: 'kpi.satisfaction',
            top: r.satisfactionTop,
            bottom: r.satisfactionBottom,
          },
          { metric: 'THEME_COVERAGE', label: 'kpi.themeCoverage', top: r.coverageTop, bottom: r.coverageBottom },
        ] as const
      ).filter((g) => g.top && g.bottom)
    : [];
  const list = (entries: Entry[], testId: string) => (
    <ol className="briefing-rank" data-testid={testId}>
      {getFragmentData(BriefingRank, entries.slice(0, SHOWN)).map((e) => (
        <li key={e.subject.id ?? e.subject.code}>
          <span className="rank-no">{e.rank}</span>
          <span className="rank-name">{e.subject.name}</span>
          <span className="rank-value">{e.value == null ? '—' : formatUnit(e.value, 'share')}</span>
        </li>
      ))}
      {entries.length > SHOWN && (
        <li className="briefing-sub">{t('briefing.tiedMore', { count: entries.length - SHOWN })}</li>
      )}
    </ol>
  );
  return (
    <section className="briefing-section" aria-labelledby="briefing-areas">
      <h2 id="briefing-areas">{t('briefing.areas', { level: t(levelWords[level]) })}</h2>
      {error ? (
        <p className="status status-error">{t('common.loadError', { message: '' })}</p>
      ) : !r ? (
        <Loading />
      ) : (
        <div className="briefing-areas">
          {groups.map((g) => (
            <div key={g.metric} className="briefing-area-group">
              <h3>{t(g.label)}</h3>
              <h4>{t('briefing.best')}</h4>
              {list(g.top!, `briefing-best-${g.metric}`)}
              <h4>{t('briefing.lagging')}</h4>
              {list(g.bottom!, `briefing-lagging-${g.metric}`)}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}

function BriefingArticle({ data }: { data: BriefingResult }) {
  const metrics = data.article.metrics;
  const inPeriod = data.article.rows[0]?.values ?? [];
  const toDate = data.articleToDate.rows[0]?.values ?? [];
  const show = (v: number | null | undefined, unit: string) => (v == null ? '—' : formatUnit(v, unit));
  return (
    <section className="briefing-section" aria-labelledby="briefing-article">
      <h2 id="briefing-article">{t('briefing.article')}</h2>
      <p className="briefing-sub">{t('briefing.articleNote')}</p>
      <table className="table briefing-table" data-testid="briefing-article">
        <thead>
          <tr>
            <th scope="col">{t('briefing.claim')}</th>
            <th scope="col">{t('briefing.metric')}</th>
            <th scope="col" className="num">
              {t('briefing.inPeriod')}
            </th>
            <th scope="col" className="num">
              {t('briefing.toDate')}
            </th>
          </tr>
        </thead>
        <tbody>
          {articleClaims.map((c, i) => {
            const m = metrics[i];
            if (!m) return null;
            return (
              <tr key={c.metric} data-metric={c.metric}>
                <td>{t(c.claim)}</td>
                <td>
                  {labelOf(m)}
                  {m.snapshot && <span className="briefing-rule">{t('briefing.snapshot')}</span>}
                </td>
                <td className="num">{m.snapshot ? '—' : show(inPeriod[i], m.unit)}</td>
                <td className="num">{show(toDate[i], m.unit)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
