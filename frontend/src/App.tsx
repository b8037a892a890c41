import { t } from './i18n';
import { VillagesCard } from './VillagesCard';

export default function App() {
  return (
    <div className="page">
      <header className="header">
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </header>
      <main>
        <VillagesCard />
      </main>
      <footer className="footer">
        <a href="/graphiql">{t('links.graphiql')}</a>
      </footer>
    </div>
  );
}
