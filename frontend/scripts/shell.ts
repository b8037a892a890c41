// Which built files make up the app shell that the service worker precaches:
// index.html's scripts and styles and every chunk they reach (static or lazy
// imports, found as quoted file names in the chunks), except through the
// explorer's GraphiQL panel — its editor (Monaco, prettier, workers) weighs
// megabytes and the explorer needs the API anyway.
import { readFileSync } from 'node:fs';
import path from 'node:path';

/** Chunks not followed: the explorer's GraphiQL panel and what only it loads. */
const notShell = /(^|\/)GraphiQLPanel-/;

/** The files under assets/ (as "assets/x.js") that the app shell reaches from index.html in outDir. */
export function shellAssets(outDir: string): Set<string> {
  const html = readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const queue = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file) || notShell.test(file)) continue;
    seen.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(path.join(outDir, file), 'utf8');
    for (const m of code.matchAll(/["'`](?:\.\/|\/?assets\/)([\w.-]+\.(?:js|css|woff2?|ttf|svg|png))["'`]/g)) {
      queue.push(`assets/${m[1]}`);
    }
  }
  return seen;
}
