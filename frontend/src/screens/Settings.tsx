// Settings (设置), for district administrators: the district's targets per
// metric (setMetricTargets, which the target matrix judges by) and the red
// flags' thresholds (updateDistrict). Shares are typed in percent and sent
// as 0–1, as the catalogue's unit says; an empty target removes it.
import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../gql';
import { t } from '../i18n';
import { Field, OutcomeView, useWorkflow, type Outcome } from '../forms/common';
import { QueryState, Section } from '../ui';

export const SettingsQuery = graphql(`
  query Settings {
    districts(first: 1) {
      edges {
        node {
          id
          name
          flagTicketOverdueDays
          flagIssueStuckDays
          flagFailingMargin
          flagQuarterEndDays
          metricTargets {
            metric
            target
          }
        }
      }
    }
    metrics {
      metric
      label
      unit
      better
    }
  }
`);

export const SetMetricTargetsMutation = graphql(`
  mutation SetMetricTargets($input: SetMetricTargetsInput!) {
    setMetricTargets(input: $input) {
      district {
        id
        metricTargets {
          metric
          target
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export const UpdateFlagsMutation = graphql(`
  mutation UpdateFlags($input: DistrictPatch!) {
    updateDistrict(input: $input) {
      district {
        id
        flagTicketOverdueDays
        flagIssueStuckDays
        flagFailingMargin
        flagQuarterEndDays
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const flagFields = ['flagTicketOverdueDays', 'flagIssueStuckDays', 'flagFailingMargin', 'flagQuarterEndDays'] as const;
const flagLabels = {
  flagTicketOverdueDays: 'settings.flagTicketOverdueDays',
  flagIssueStuckDays: 'settings.flagIssueStuckDays',
  flagFailingMargin: 'settings.flagFailingMargin',
  flagQuarterEndDays: 'settings.flagQuarterEndDays',
} as const;

/** A target as typed (percent for shares) from its stored value. */
export function shown(v: number, unit: string): string {
  return unit === 'share' ? String(Math.round(v * 10000) / 100) : String(v);
}

/** A stored target from what was typed (null: empty, no target). */
export function stored(s: string, unit: string): number | null {
  if (s.trim() === '') return null;
  const n = Number(s);
  return unit === 'share' ? n / 100 : n;
}

export function Settings() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: SettingsQuery });
  const targets = useWorkflow(SetMetricTargetsMutation, (d) => d.setMetricTargets);
  const [flagsResult, updateFlags] = useMutation(UpdateFlagsMutation);
  const [flagsOutcome, setFlagsOutcome] = useState<Outcome<unknown>>({ kind: 'idle' });
  const district = data?.districts.edges?.[0]?.node;
  const metrics = (data?.metrics ?? []).filter((m) => m.better !== 'NEITHER');

  async function saveTargets(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!district) return;
    const f = new FormData(e.currentTarget);
    const list = metrics.flatMap((m) => {
      const raw = f.get(m.metric);
      const v = stored(typeof raw === 'string' ? raw : '', m.unit);
      return v == null ? [] : [{ metric: m.metric, target: v }];
    });
    await targets.run(t('settings.targets'), { district: district.id, targets: list });
    reexecute({ requestPolicy: 'network-only' });
  }

  async function saveFlags(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!district) return;
    const f = new FormData(e.currentTarget);
    const set = Object.fromEntries(flagFields.map((k) => [k, Number(f.get(k))]));
    setFlagsOutcome({ kind: 'sending' });
    const r = await updateFlags({ input: { id: district.id, set } });
    const ue = r.data?.updateDistrict.userErrors ?? [];
    setFlagsOutcome(
      r.error
        ? { kind: 'error', error: r.error }
        : ue.length
          ? { kind: 'refused', errors: [...ue] }
          : { kind: 'ok', data: r.data },
    );
  }

  return (
    <div className="settings-page">
      <h1 className="page-title">{t('settings.title')}</h1>
      <QueryState error={error} fetching={fetching} hasData={!!district} onRetry={() => reexecute()}>
        {district && (
          <>
            <Section title={t('settings.targets')}>
              <form onSubmit={saveTargets} className="form settings-targets" data-testid="settings-targets">
                <p className="note">{t('settings.targetsHelp')}</p>
                {metrics.map((m) => {
                  const cur = district.metricTargets?.find((x) => x.metric === m.metric);
                  return (
                    <Field
                      key={m.metric}
                      label={`${m.label} (${m.better === 'DOWN' ? '≤' : '≥'}${m.unit === 'share' ? ' %' : ''})`}
                    >
                      {(id) => (
                        <input
                          id={id}
                          name={m.metric}
                          type="number"
                          step="any"
                          inputMode="decimal"
                          defaultValue={cur ? shown(cur.target, m.unit) : ''}
                          data-testid={`target-${m.metric}`}
                        />
                      )}
                    </Field>
                  );
                })}
                <button type="submit" className="button primary" disabled={targets.pending}>
                  {t('settings.save')}
                </button>
                <OutcomeView outcome={targets.outcome} success={t('settings.saved')} />
              </form>
            </Section>
            <Section title={t('settings.flags')}>
              <form onSubmit={saveFlags} className="form settings-flags" data-testid="settings-flags">
                {flagFields.map((k) => (
                  <Field key={k} label={t(flagLabels[k])}>
                    {(id) => (
                      <input
                        id={id}
                        name={k}
                        type="number"
                        step={k === 'flagFailingMargin' ? '0.1' : '1'}
                        defaultValue={district[k]}
                        required
                      />
                    )}
                  </Field>
                ))}
                <button type="submit" className="button primary" disabled={flagsResult.fetching}>
                  {t('settings.save')}
                </button>
                <OutcomeView outcome={flagsOutcome} success={t('settings.saved')} />
              </form>
            </Section>
          </>
        )}
      </QueryState>
    </div>
  );
}
