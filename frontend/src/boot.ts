// What the app does before anything else: it restores the language, makes
// the GraphQL client and asks for the first screen's data (lib/prefetch).
// main.tsx evaluates it alone and the app (React, the router, the screens'
// frame) in a later task, so these requests leave before that evaluation
// rather than after it (issue 21 item 7).
import { createGraphQLClient } from './client';
import { restoreLocale } from './i18n';
import { prefetchFirstScreen } from './lib/prefetch';

restoreLocale();

/** The app's GraphQL client. */
export const client = createGraphQLClient();

// The first screen's data, asked for now rather than as its components mount.
void prefetchFirstScreen(client, window.location);
