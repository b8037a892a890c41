// The command centre's big screen (/screen?area=…): the area's headline
// figures as large tiles, the monthly trend, today's red flags and the
// ranking of the areas below, dark and without the app's frame, filling a
// 1920 × 1080 screen. It reads the catalogue again every 60 s
// (?refresh=SECONDS, at least 2) while the tab is shown, and says when the
// data were read and when a refresh failed (the last data stay, marked stale).
import { useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useClient, type CombinedError } from 'urql';
import { getFragmentData, graphql } from '../gql';
import type { Metric, RankingLevel, ScreenQuery as ScreenResult, ScreenRankingQuery } from '../gql/graphql';
import { FixedChart } from '../charts/FixedChart';
import { errorMessage } from '../errors';
import { getLocale, metricLabel, t, type MessageKey } from '../i18n';
import { hasBegun, monthsEnding, type Period } from '../lib/period';
import { usePeriod } from '../lib/usePeriod';
import { ErrorState, formatTime, formatUnit, KpiCard, Loading } from '../ui';
import { levelBelow, periodWords } from './Briefing';
import { kinds, RedFlagsFields } from './RedFlags';

export const ScreenQuery = graphql(`
  query Screen($area: ID, $period: String!, $from: Time!, $to: Time!) {
    overview(area: $area, period: $period) {
      area {
        key
        name
      }
      period
      previousPeriod
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
    trend: stats(
      metrics: [TICKETS_SUBMITTED, ISSUES_COLLECTED, LECTURES]
      where: { area: $area, from: $from, to: $to }
      bucket: MONTH
    ) {
      metrics {
        metric
        label
        labelEn
      }
      rows {
        bucket {
          label
        }
        values
      }
    }
    redFlags(area: $area, first: 2) {
      ...RedFlagsFields
    }
  }
`);

export const ScreenRanking = graphql(`
  query ScreenRanking($level: RankingLevel!, $area: ID, $period: String!) {
    ranking(metric: TICKETS_ON_TIME_SHARE, level: $level, where: { area: $area, period: $period }, first: 10) {
      rank
      value
      subject {
        id
        code
        name
      }
    }
  }
`);

/** The figures shown as tiles, in this order. */
const tiles: Metric[] = [
  'COURTYARDS',
  'TICKETS_SUBMITTED',
  'TICKETS_ON_TIME_SHARE',
  'TICKET_SATISFACTION',
  'ISSUES_COLLECTED',
  'DISPUTES_MEDIATED',
  'LECTURES',
  'TICKETS_OVERDUE',
];

const rankingWords: Record<RankingLevel, MessageKey> = {
  TOWN: 'area.town',
  VILLAGE: 'area.village',
  COURTYARD: 'area.courtyard',
  OFFICER: 'area.courtyard',
};

/** The refresh interval in seconds: ?refresh= (at least 2), else 60. */
export function refreshSeconds(param: string | null): number {
  const n = Number(param);
  if (!param || !Number.isFinite(n)) return 60;
  return Math.max(2, n);
}

interface Read {
  data?: ScreenResult;
  ranking?: ScreenRankingQuery['ranking'];
  /** When the shown data were read. */
  at?: string;
  /** The last refresh's error (the data shown are older). */
  error?: CombinedError;
}

export function BigScreen() {
  const { period } = usePeriod();
  if (!period) return <Loading />;
  return <Screen period={period} />;
}

function Screen({ period }: { period: Period }) {
  const [params] = useSearchParams();
  const area = params.get('area') || null;
  const seconds = refreshSeconds(params.get('refresh'));
  const client = useClient();
  const months = useMemo(
    () => monthsEnding(period, 12).filter((m) => hasBegun(m)),
    // Keyed by the label: the period object is a new one on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [period.label],
  );
  const [read, setRead] = useState<Read>({});
  const [now, setNow] = useState(() => new Date());
  const [hidden, setHidden] = useState(() => document.hidden);

  useEffect(() => {
    const tick = setInterval(() => setNow(new Date()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    let live = true;
    let busy = false;
    async function load() {
      if (busy || document.hidden || !months.length) return;
      busy = true;
      const vars = { area, period: period.label, from: months[0].from, to: months[months.length - 1].to };
      const r = await client.query(ScreenQuery, vars, { requestPolicy: 'network-only' }).toPromise();
      const level = r.data ? levelBelow(r.data.overview.area?.key) : null;
      const rk = level
        ? await client
            .query(ScreenRanking, { level, area, period: period.label }, { requestPolicy: 'network-only' })
            .toPromise()
        : null;
      busy = false;
      if (!live) return;
      const error = r.error ?? rk?.error;
      if (!r.data || error) setRead((s) => ({ ...s, error: error ?? s.error }));
      else setRead({ data: r.data, ranking: rk?.data?.ranking ?? [], at: new Date().toISOString() });
    }
    void load();
    const timer = setInterval(() => void load(), seconds * 1000);
    const onVisibility = () => {
      setHidden(document.hidden);
      if (!document.hidden) void load();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      live = false;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [client, area, period.label, months, seconds]);

  const size = useWindowSize();
  const { data, ranking, at, error } = read;
  if (!data) {
    return (
      <div className="big-screen" data-testid="big-screen">
        {error ? <ErrorState error={error} /> : <Loading />}
      </div>
    );
  }
  const o = data.overview;
  const en = getLocale() === 'en';
  const byMetric = new Map(o.figures.map((f) => [f.metric, f]));
  const labelsEn = new Map(data.metrics.map((m) => [m.metric, m.labelEn]));
  const level = levelBelow(o.area?.key);
  const series = data.trend.metrics.map(metricLabel);
  const byMonth = new Map(data.trend.rows.map((r) => [r.bucket?.label ?? '', r.values]));
  const value = (label: string, i: number) => byMonth.get(label)?.[i] ?? 0;
  const chartWidth = Math.max(320, Math.round(size.width * 0.47));
  const chartHeight = Math.max(160, Math.round(size.height * 0.42));
  const option = {
    color: ['#f0a35e', '#6cb6ff', '#7ee787'],
    textStyle: { color: '#e6edf3' },
    legend: { top: 0, textStyle: { color: '#e6edf3', fontSize: 16 } },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: {
      type: 'category',
      data: months.map((m) => m.label.slice(2)),
      axisLabel: { color: '#c9d1d9', fontSize: 14 },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: '#c9d1d9', fontSize: 14 },
      splitLine: { lineStyle: { color: '#30363d' } },
    },
    series: series.map((name, i) => ({
      name,
      type: 'line',
      symbolSize: 8,
      lineStyle: { width: 3 },
      data: months.map((m) => value(m.label, i)),
    })),
  };
  const max = Math.max(1e-9, ...(ranking ?? []).map((r) => r.value ?? 0));
  return (
    <div className="big-screen" data-testid="big-screen">
      <header className="screen-head">
        <h1>{t('screen.title', { area: o.area?.name ?? t('area.district') })}</h1>
        <p className="screen-period">{periodWords(period)}</p>
        <div className="screen-clock">
          <span className="sr-only">{t('screen.now')}</span>
          <time dateTime={now.toISOString()} data-testid="screen-clock">
            {now.toLocaleTimeString(en ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', hour12: false })}
          </time>
          <span className={error ? 'screen-updated screen-stale' : 'screen-updated'} data-testid="screen-updated">
            {error
              ? t('screen.stale', { time: formatTime(at, true) })
              : t('screen.updatedAt', { time: formatTime(at, true) })}
            {' · '}
            {hidden ? t('screen.paused') : t('screen.every', { seconds })}
          </span>
          {error && <span className="sr-only">{errorMessage(error)}</span>}
        </div>
      </header>
      <section className="screen-tiles" aria-label={t('overview.kpis')}>
        {tiles.map((m) => {
          const f = byMetric.get(m);
          if (!f) return null;
          return (
            <KpiCard
              key={m}
              testId={`screen-kpi-${m}`}
              label={metricLabel({ label: f.label, labelEn: labelsEn.get(m) ?? f.label })}
              unit={f.unit}
              value={f.value}
              prev={f.previous}
              better={f.better}
            />
          );
        })}
      </section>
      <div className="screen-main">
        <section className="screen-panel" aria-labelledby="screen-trend">
          <h2 id="screen-trend">{t('overview.trend')}</h2>
          <FixedChart
            label={t('overview.trend')}
            option={option}
            width={chartWidth}
            height={chartHeight}
            table={{
              columns: [t('period.month'), ...series],
              rows: months.map((m) => [m.label, ...series.map((_, i) => value(m.label, i))]),
            }}
          />
        </section>
        <section className="screen-panel" aria-labelledby="screen-flags">
          <h2 id="screen-flags">{t('flags.title')}</h2>
          <ul className="screen-flags">
            {getFragmentData(RedFlagsFields, data.redFlags).flags.map((f) => (
              <li key={f.kind} className={f.totalCount > 0 ? 'on' : ''} data-kind={f.kind}>
                <span className="screen-flag-count">{f.totalCount}</span>
                <span className="screen-flag-label">
                  {t(kinds[f.kind].title)}
                  <small>
                    {f.items.map((it) => [it.village, it.courtyard, it.subject].filter(Boolean).join(' · ')).join('；')}
                  </small>
                </span>
              </li>
            ))}
          </ul>
        </section>
        {level && (
          <section className="screen-panel" aria-labelledby="screen-ranking">
            <h2 id="screen-ranking">
              {t('screen.ranking', { level: t(rankingWords[level]), metric: t('kpi.onTimeShare') })}
            </h2>
            <ol className="screen-ranking" data-testid="screen-ranking">
              {(ranking ?? []).map((r) => (
                <li key={r.subject.id ?? r.subject.code}>
                  <span className="rank-no">{r.rank}</span>
                  <span className="rank-name">{r.subject.name}</span>
                  <span className="rank-bar" aria-hidden="true">
                    <span style={{ width: `${((r.value ?? 0) / max) * 100}%` }} />
                  </span>
                  <span className="rank-value">{r.value == null ? '—' : formatUnit(r.value, 'share')}</span>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
    </div>
  );
}

/** The window's size, kept up to date. */
function useWindowSize() {
  const [size, setSize] = useState(() => ({ width: window.innerWidth, height: window.innerHeight }));
  useEffect(() => {
    const onResize = () => setSize({ width: window.innerWidth, height: window.innerHeight });
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, []);
  return size;
}
