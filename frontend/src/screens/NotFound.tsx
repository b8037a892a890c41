import { Link } from 'react-router';
import { t } from '../i18n';

export function NotFound() {
  return (
    <div className="card">
      <h1 className="page-title">{t('notFound.title')}</h1>
      <Link to="/">{t('nav.overview')}</Link>
    </div>
  );
}
