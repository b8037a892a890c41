// The entry. boot.ts makes the client and sends the first screen's requests;
// the app (React, the router, the frame: most of the code) is evaluated
// after, in a task of its own. A request started while a script is being
// evaluated leaves only once that evaluation ends, so evaluating everything
// in one go held the requests back by its whole length (issue 21 item 7).
// index.html preloads the app's chunks (vite.config.ts), so they download
// beside this one.
import { client } from './boot';
import './styles.css';

void import('./startApp').then(({ startApp }) => startApp(client));
