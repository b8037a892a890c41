// Points (积分) on a phone: award points to a household, redeem at the
// village's points supermarket. The ledger's mutations (awardPoints,
// redeemPoints) come with the incentives work (graph/incentives.graphql); until
// they are in the schema these forms say so instead of writing anything.
import { Breadcrumbs } from '../ui';
import { t } from '../i18n';

function Pending({ title }: { title: string }) {
  return (
    <div className="phone-form">
      <Breadcrumbs items={[{ label: t('nav.forms'), to: '/forms' }, { label: title }]} />
      <h1 className="page-title">{title}</h1>
      <p className="status status-notice card">{t('forms.pendingIncentives')}</p>
    </div>
  );
}

export function AwardPointsForm() {
  return <Pending title={t('forms.awardPoints')} />;
}

export function RedeemForm() {
  return <Pending title={t('forms.redeem')} />;
}
