// The red board (红榜): households ranked by points earned, for the courtyard
// wall, with an A4 print view (/print/red-board). The ranking is the
// incentives API's `redBoard` (graph/incentives.graphql, its tie rule and name
// display); until it is in the schema the screens say so.
import { Link, useSearchParams } from 'react-router';
import { t } from '../i18n';

export function RedBoard() {
  const [params] = useSearchParams();
  return (
    <div>
      <h1 className="page-title">{t('nav.redBoard')}</h1>
      <p className="status status-notice card">{t('forms.pendingIncentives')}</p>
      <Link className="button" to={`/print/red-board?${params.toString()}`}>
        {t('redBoard.print')}
      </Link>
    </div>
  );
}

export function RedBoardPrint() {
  return (
    <div className="print-a4">
      <h1>{t('redBoard.title')}</h1>
      <p className="status status-notice">{t('forms.pendingIncentives')}</p>
    </div>
  );
}
