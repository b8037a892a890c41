// Overview and drill-down: the district (/), a town (/town/:id) or a village
// (/village/:id), each with the same KPI cards for its area and period, the
// monthly trend, breakdowns, the ranking of its children and the map of its
// courtyards. The period is in the URL (?period=2024Q2), as is the ranking
// measure (?rank=tickets).
import { useMemo, useId } from 'react';
import { Link, useLocation, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../gql';
import { useMe } from '../App';
import { Chart } from '../charts/Chart';
import { CourtyardMap } from '../charts/CourtyardMap';
import { enumLabel, t, type MessageKey } from '../i18n';
import { areaPath, areaWhere, childLevel, type AreaLevel, type AreaRef } from '../lib/area';
import { useCounts, type CountSpec, type Countable } from '../lib/counts';
import { kpiListPath, kpis, kpiSpecs } from '../lib/kpis';
import { monthsEnding, type Period, type PeriodKind } from '../lib/period';
import { periodChoices, usePeriod } from '../lib/usePeriod';
import { Breadcrumbs, ErrorState, KpiCard, Loading, nodes, Section, type Crumb } from '../ui';
import { ExportButton } from './ExportButton';

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

interface Child {
  id: string;
  name: string;
  code: string;
}

const rankMeasures: { key: string; label: MessageKey; of: Countable; where: (p: Period) => Record<string, unknown> }[] = [
  { key: 'tickets', label: 'kpi.ticketsSubmitted', of: 'tickets', where: (p) => ({ submittedAtGTE: p.from, submittedAtLT: p.to }) },
  { key: 'issues', label: 'kpi.issuesRaised', of: 'issues', where: (p) => ({ collectedAtGTE: p.from, collectedAtLT: p.to }) },
  { key: 'lectures', label: 'kpi.lectures', of: 'sessions', where: (p) => ({ kind: 'LECTURE', heldAtGTE: p.from, heldAtLT: p.to }) },
  { key: 'overdue', label: 'kpi.ticketsOverdue', of: 'tickets', where: () => ({ overdue: true }) },
];

const trendSeries: { key: string; label: MessageKey; of: Countable; field: string; extra?: Record<string, unknown> }[] = [
  { key: 'tickets', label: 'kpi.ticketsSubmitted', of: 'tickets', field: 'submittedAt' },
  { key: 'issues', label: 'kpi.issuesRaised', of: 'issues', field: 'collectedAt' },
  { key: 'lectures', label: 'kpi.lectures', of: 'sessions', field: 'heldAt', extra: { kind: 'LECTURE' } },
];

const issueCategories = ['PUBLIC_FACILITY', 'LIVING_ENVIRONMENT', 'DISPUTE', 'CUSTOMS'];
const topics = ['THEORY', 'POLICY', 'HEALTH', 'LAW', 'ROLE_MODEL', 'TECHNOLOGY', 'SAFETY', 'CHANGE'];

function useArea(): AreaRef {
  const { id } = useParams();
  const { pathname } = useLocation();
  const level: AreaLevel = pathname.startsWith('/town/') ? 'town' : pathname.startsWith('/village/') ? 'village' : 'district';
  return { level, id };
}

export function AreaPage() {
  const area = useArea();
  const me = useMe();
  const { period, prev, setPeriod, params } = usePeriod();
  const [{ data: info, error: infoError }] = useQuery({ query: AreaInfoQuery, variables: { id: area.id ?? '' }, pause: !area.id });
  const [{ data: district }] = useQuery({ query: DistrictInfoQuery });
  const districtName = nodes(district?.districts)[0]?.name ?? t('area.district');
  const node = info?.node as { name?: string; town?: { id: string; name: string } } | null | undefined;

  const crumbs: Crumb[] = [{ label: districtName, to: '/' }];
  if (area.level === 'village' && node?.town) crumbs.push({ label: node.town.name, to: areaPath({ level: 'town', id: node.town.id }) });
  if (area.level !== 'district') crumbs.push({ label: node?.name ?? '…' });
  const qs = period ? `?period=${period.label}` : '';
  const withQs = (c: Crumb): Crumb => (c.to ? { ...c, to: c.to + qs } : c);

  if (infoError) return <ErrorState error={infoError} />;
  const title = area.level === 'district' ? t('overview.title', { name: districtName }) : (node?.name ?? '…');

  return (
    <div className="area-page">
      <Breadcrumbs items={crumbs.map(withQs)} />
      <div className="page-head">
        <h1 className="page-title">{title}</h1>
        {period && <PeriodPicker period={period} onChange={setPeriod} />}
      </div>
      {area.level === 'district' && me.role !== 'DISTRICT_ADMIN' && me.role !== 'ANALYST' && (
        <p className="status">{t('overview.scoped', { area: me.areaCode })}</p>
      )}
      {!period || !prev ? (
        <Loading />
      ) : (
        <AreaBody area={area} period={period} prev={prev} rank={params.get('rank') ?? 'tickets'} />
      )}
    </div>
  );
}

export function PeriodPicker({ period, onChange }: { period: Period; onChange: (label: string) => void }) {
  const id = useId();
  const choices = periodChoices(period.kind, period);
  const kinds: PeriodKind[] = ['month', 'quarter', 'half', 'year'];
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

function AreaBody({ area, period, prev, rank }: { area: AreaRef; period: Period; prev: Period; rank: string }) {
  const specs = useMemo(() => kpiSpecs(area, period, prev), [area.level, area.id, period.label]); // eslint-disable-line react-hooks/exhaustive-deps
  const { counts, error, reexecute, loaded } = useCounts(specs);
  const qs = `?period=${period.label}`;
  return (
    <>
      <section aria-label={t('overview.kpis')} className="kpis">
        {error && !loaded ? (
          <ErrorState error={error} onRetry={() => reexecute({ requestPolicy: 'network-only' })} />
        ) : (
          kpis.map((k) => (
            <KpiCard
              key={k.key}
              testId={`kpi-${k.key}`}
              label={t(k.label)}
              value={loaded ? counts[k.key] : undefined}
              prev={k.periodic && loaded ? counts[`${k.key}.prev`] : undefined}
              to={kpiListPath(area, k, period)}
            />
          ))
        )}
      </section>
      <p className="note">{t('overview.kpiNote', { period: period.label, prev: prev.label })}</p>
      <Trend area={area} period={period} />
      <Breakdowns area={area} period={period} />
      <div className="grid-2">
        <Ranking area={area} period={period} rank={rank} qs={qs} />
        <Section title={t('overview.map')}>
          <CourtyardMap where={areaWhere(area, 'courtyards')} />
        </Section>
      </div>
    </>
  );
}

function Trend({ area, period }: { area: AreaRef; period: Period }) {
  // The 12 months up to the period's end, without months still to come.
  const months = useMemo(() => monthsEnding(period, 12).filter((m) => new Date(m.from).getTime() <= Date.now()), [period.label]); // eslint-disable-line react-hooks/exhaustive-deps
  const specs = useMemo<CountSpec[]>(
    () =>
      trendSeries.flatMap((s) =>
        months.map((m) => ({
          key: `${s.key}.${m.label}`,
          of: s.of,
          where: { ...areaWhere(area, s.of), ...s.extra, [`${s.field}GTE`]: m.from, [`${s.field}LT`]: m.to },
        })),
      ),
    [area.level, area.id, months], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const { counts, error, loaded } = useCounts(specs);
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0 },
      grid: { left: 40, right: 16, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: months.map((m) => m.label) },
      yAxis: { type: 'value' },
      series: trendSeries.map((s) => ({
        name: t(s.label),
        type: 'line',
        smooth: true,
        data: months.map((m) => counts[`${s.key}.${m.label}`] ?? 0),
      })),
    }),
    [counts, months],
  );
  return (
    <Section title={t('overview.trend')}>
      {error && !loaded ? (
        <ErrorState error={error} />
      ) : !loaded ? (
        <Loading />
      ) : (
        <Chart
          label={t('overview.trend')}
          option={option}
          table={{
            columns: [t('period.month'), ...trendSeries.map((s) => t(s.label))],
            rows: months.map((m) => [m.label, ...trendSeries.map((s) => counts[`${s.key}.${m.label}`] ?? 0)]),
          }}
        />
      )}
    </Section>
  );
}

function Breakdowns({ area, period }: { area: AreaRef; period: Period }) {
  const [{ data: st }] = useQuery({ query: ServiceTypesQuery });
  const types = nodes(st?.serviceTypes);
  const specs = useMemo<CountSpec[]>(() => {
    const w = (of: Countable, field: string) => ({ ...areaWhere(area, of), [`${field}GTE`]: period.from, [`${field}LT`]: period.to });
    return [
      ...issueCategories.map((c) => ({ key: `cat.${c}`, of: 'issues' as const, where: { ...w('issues', 'collectedAt'), category: c } })),
      ...topics.map((c) => ({ key: `topic.${c}`, of: 'sessions' as const, where: { ...w('sessions', 'heldAt'), kind: 'LECTURE', topic: c } })),
      ...types.map((s) => ({ key: `svc.${s.id}`, of: 'tickets' as const, where: { ...w('tickets', 'submittedAt'), serviceTypeID: s.id } })),
    ];
  }, [area.level, area.id, period.label, types.length]); // eslint-disable-line react-hooks/exhaustive-deps
  const { counts, error, loaded } = useCounts(specs, !st);
  const bar = (labels: string[], values: number[], name: string) => ({
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: labels, inverse: true },
    series: [{ type: 'bar', name, data: values, itemStyle: { color: '#b5522e' } }],
  });
  const groups = [
    {
      title: t('overview.byCategory'),
      labels: issueCategories.map((c) => enumLabel('IssueCategory', c)),
      values: issueCategories.map((c) => counts[`cat.${c}`] ?? 0),
    },
    { title: t('overview.byTopic'), labels: topics.map((c) => enumLabel('QuarterThemeTopic', c)), values: topics.map((c) => counts[`topic.${c}`] ?? 0) },
    { title: t('overview.byService'), labels: types.map((s) => s.name), values: types.map((s) => counts[`svc.${s.id}`] ?? 0) },
  ];
  return (
    <Section title={t('overview.breakdowns')}>
      {error && !loaded ? (
        <ErrorState error={error} />
      ) : !loaded ? (
        <Loading />
      ) : (
        <div className="grid-3">
        {groups.map((g) => (
          <div key={g.title} className="breakdown">
            <h3>{g.title}</h3>
            <Chart
              label={g.title}
              height={Math.max(120, g.labels.length * 26 + 32)}
              option={bar(g.labels, g.values, g.title)}
              table={{ columns: [g.title, t('common.count')], rows: g.labels.map((l, i) => [l, g.values[i]]) }}
            />
          </div>
        ))}
        </div>
      )}
    </Section>
  );
}

export const ServiceTypesQuery = graphql(`
  query ServiceTypes {
    serviceTypes(first: 50, orderBy: [{ field: CODE }]) {
      edges {
        node {
          id
          name
          timeLimitDays
        }
      }
    }
  }
`);

export const ChildrenQuery = graphql(`
  query Children($townWhere: TownWhereInput, $villageWhere: VillageWhereInput, $courtyardWhere: CourtyardWhereInput, $towns: Boolean!, $villages: Boolean!, $courtyards: Boolean!) {
    towns(first: 100, orderBy: [{ field: CODE }], where: $townWhere) @include(if: $towns) {
      edges {
        node {
          id
          name
          code
        }
      }
    }
    villages(first: 200, orderBy: [{ field: CODE }], where: $villageWhere) @include(if: $villages) {
      edges {
        node {
          id
          name
          code
        }
      }
    }
    courtyards(first: 200, orderBy: [{ field: CODE }], where: $courtyardWhere) @include(if: $courtyards) {
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

function Ranking({ area, period, rank, qs }: { area: AreaRef; period: Period; rank: string; qs: string }) {
  const level = childLevel(area.level)!;
  const [params, setParams] = useSearchParams();
  const id = useId();
  const [{ data, error, fetching }] = useQuery({
    query: ChildrenQuery,
    variables: {
      towns: level === 'town',
      villages: level === 'village',
      courtyards: level === 'courtyard',
      townWhere: {},
      villageWhere: area.level === 'town' ? { townID: area.id } : {},
      courtyardWhere: area.level === 'village' ? { villageID: area.id } : {},
    },
  });
  const children: Child[] = level === 'town' ? nodes(data?.towns) : level === 'village' ? nodes(data?.villages) : nodes(data?.courtyards);
  const measure = rankMeasures.find((m) => m.key === rank) ?? rankMeasures[0];
  const specs = useMemo<CountSpec[]>(
    () =>
      children.map((c) => ({
        key: c.id,
        of: measure.of,
        where: { ...areaWhere({ level, id: c.id }, measure.of), ...measure.where(period) },
      })),
    [children.map((c) => c.id).join(','), measure.key, period.label], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const { counts, loaded, error: countError } = useCounts(specs, !data);
  const ranked = [...children].sort((a, b) => (counts[b.id] ?? 0) - (counts[a.id] ?? 0) || a.code.localeCompare(b.code));
  const max = Math.max(1, ...ranked.map((c) => counts[c.id] ?? 0));
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
      {error || countError ? (
        <ErrorState error={(error ?? countError)!} />
      ) : fetching || !data || (children.length > 0 && !loaded) ? (
        <Loading />
      ) : children.length === 0 ? (
        <p className="status empty">{t('common.empty')}</p>
      ) : (
        <ol className="ranking" aria-label={t('overview.rankingList')}>
          {ranked.map((c, i) => (
            <li key={c.id}>
              <span className="rank-no">{i + 1}</span>
              <Link to={areaPath({ level, id: c.id }) + qs} className="rank-name">
                {c.name}
              </Link>
              <span className="rank-bar" aria-hidden="true">
                <span style={{ width: `${((counts[c.id] ?? 0) / max) * 100}%` }} />
              </span>
              <span className="rank-value" data-testid={`rank-${c.code}`}>
                {counts[c.id] ?? 0}
              </span>
            </li>
          ))}
        </ol>
      )}
      <ExportButton name={level === 'town' ? 'towns' : level === 'village' ? 'villages' : 'courtyards'} where={areaWhere(area, level === 'town' ? 'towns' : level === 'village' ? 'villages' : 'courtyards')} />
    </Section>
  );
}
