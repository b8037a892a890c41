// The officers' forms, one tap each (a phone's first screen).
import { Link } from 'react-router';
import { t, type MessageKey } from '../i18n';

const items: { to: string; label: MessageKey; hint: MessageKey }[] = [
  { to: '/forms/issue', label: 'forms.raiseIssue', hint: 'forms.raiseIssueHint' },
  { to: '/boards/issues', label: 'forms.advanceIssue', hint: 'forms.advanceIssueHint' },
  { to: '/forms/ticket', label: 'forms.submitTicket', hint: 'forms.submitTicketHint' },
  { to: '/boards/tickets', label: 'forms.handleTicket', hint: 'forms.handleTicketHint' },
  { to: '/forms/lecture', label: 'forms.recordLecture', hint: 'forms.recordLectureHint' },
  { to: '/forms/points', label: 'forms.awardPoints', hint: 'forms.awardPointsHint' },
  { to: '/forms/redeem', label: 'forms.redeem', hint: 'forms.redeemHint' },
  { to: '/rate', label: 'forms.rate', hint: 'forms.rateHint' },
];

export function FormsMenu() {
  return (
    <div className="phone-form">
      <h1 className="page-title">{t('nav.forms')}</h1>
      <ul className="menu-tiles">
        {items.map((i) => (
          <li key={i.to}>
            <Link to={i.to} className="tile card">
              <strong>{t(i.label)}</strong>
              <span className="muted">{t(i.hint)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
