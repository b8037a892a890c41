import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Provider } from 'urql';
import App from './App';
import { createGraphQLClient } from './client';
import { getLocale, t } from './i18n';
import './styles.css';

document.documentElement.lang = getLocale();
document.title = t('app.documentTitle');

const client = createGraphQLClient();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Provider value={client}>
      <App />
    </Provider>
  </StrictMode>,
);
