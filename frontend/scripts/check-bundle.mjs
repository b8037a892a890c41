// Checks the first route's initial JavaScript against the budget (300 KB
// gzip): what index.html loads at once, its entry chunk and every chunk it
// preloads (vite.config.ts's preloadFirstScreen: the app's chunk and the
// start page's screens, the overview and the officers' home), each with the
// chunks it imports statically. Charts (ECharts) are loaded only when drawn,
// GraphiQL (and its Monaco editors) only by the data explorer: neither may be
// among them. Run after `npm run build`: `node frontend/scripts/check-bundle.mjs`.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../../server/spa/dist/', import.meta.url));
const BUDGET = Number(process.env.BUDGET_KB ?? 300) * 1024;

const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
const entry = /<script[^>]+type="module"[^>]+src="\/([^"]+)"/.exec(html)?.[1];
if (!entry) throw new Error('no module script in index.html');

const preloaded = [...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="\/([^"]+)"/g)].map((m) => m[1]);
for (const chunk of ['startApp', 'AreaPage', 'Home']) {
  if (!preloaded.some((f) => f.startsWith(`assets/${chunk}-`)))
    throw new Error(`index.html does not preload the ${chunk} chunk: is it still its own chunk?`);
}

const seen = new Set();
function walk(file) {
  if (seen.has(file)) return;
  seen.add(file);
  const code = readFileSync(path.join(dist, file), 'utf8');
  // Static imports only: `import … from "./x.js"` and `import "./x.js"`, not import("…").
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g)) {
    walk(path.posix.join(path.posix.dirname(file), m[1]));
  }
}
walk(entry);
preloaded.forEach(walk);

let total = 0;
const rows = [...seen].map((f) => {
  const gz = gzipSync(readFileSync(path.join(dist, f))).length;
  total += gz;
  return [f, gz];
});
rows.sort((a, b) => b[1] - a[1]);
for (const [f, gz] of rows) console.log(`${(gz / 1024).toFixed(1).padStart(8)} KB  ${f}`);
console.log(`${(total / 1024).toFixed(1).padStart(8)} KB  first route, gzip (budget ${BUDGET / 1024} KB)`);
if ([...seen].some((f) => /EChart|echarts/i.test(f))) {
  console.error('ECharts is in the first route: it must stay lazy');
  process.exit(1);
}
if ([...seen].some((f) => /GraphiQL|graphiql|monaco|\.worker-/i.test(f))) {
  console.error("GraphiQL (Monaco) is in the first route: it must stay in the explorer's lazy chunk");
  process.exit(1);
}
if (total > BUDGET) {
  console.error('over budget');
  process.exit(1);
}
