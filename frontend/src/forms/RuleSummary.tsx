// The passing rule in force in a village, shown where the meeting is
// recorded: quorum, majority, the spending threshold and the exemptions (先处置后报备,
// 劝导, 调解), so officers know the rule before, not from a refusal.
import { useQuery } from 'urql';
import { enumLabel, t } from '../i18n';
import { formatYuan } from '../ui';
import { DeliberationRulesQuery } from './issueOperations';

/** The lists a rule holds as null mean these (workflow.DefaultExemptions on the server). */
const defaultLists = {
  emergency: ['PUBLIC_FACILITY', 'LIVING_ENVIRONMENT'],
  persuasion: ['CUSTOMS'],
  mediation: ['DISPUTE'],
};

/** A category list in words: none, the categories, or the default ones. */
function categories(list: readonly string[] | null | undefined, fallback: readonly string[]): string {
  const names = (l: readonly string[]) =>
    l.length === 0 ? t('rules.none') : l.map((c) => enumLabel('IssueCategory', c)).join('、');
  return list == null ? t('rules.default', { list: names(fallback) }) : names(list);
}

/** The rule of the village (its override, else the district's default), or nothing while it loads. */
export function RuleSummary({ villageID }: { villageID: string }) {
  const [{ data }] = useQuery({ query: DeliberationRulesQuery });
  const rules = (data?.deliberationRules.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  const rule = rules.find((r) => r.village?.id === villageID) ?? rules.find((r) => !r.village);
  if (!rule) return null;
  return (
    <section className="muted" aria-label={t('rules.title')} data-testid="rule-summary">
      <strong>{t('rules.title')}</strong>
      <ul>
        <li>
          {t('rules.vote', {
            quorum: `${rule.quorumNumerator}/${rule.quorumDenominator}`,
            majority: `${rule.majorityNumerator}/${rule.majorityDenominator}`,
            threshold: formatYuan(rule.fundThresholdFen),
          })}
        </li>
        <li>{t('rules.escalate', { list: categories(rule.escalateCategories ?? [], []) })}</li>
        <li>{t('rules.emergency', { list: categories(rule.emergencyCategories, defaultLists.emergency) })}</li>
        <li>{t('rules.persuasion', { list: categories(rule.persuasionCategories, defaultLists.persuasion) })}</li>
        <li>{t('rules.mediation', { list: categories(rule.mediationCategories, defaultLists.mediation) })}</li>
      </ul>
    </section>
  );
}
