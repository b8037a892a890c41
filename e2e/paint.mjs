// How fast the leader's screens paint in headless Chromium (issue 21 item 7).
//
// One running server:
//
//   node e2e/paint.mjs http://127.0.0.1:8080 USER PASSWORD [runs]
//
// prints, per run and as medians, the time from navigation to the overview's
// KPI cards holding the server's numbers, its first chart drawn, its map
// ready, and each board's first data row.
//
// The whole comparison (`make bench-paint`):
//
//   node e2e/paint.mjs --bench
//
// makes a fresh PostgreSQL database on PAINT_PG (default TEST_POSTGRES_URL's
// server; the server is only asked to create and drop a database), builds the
// baseline (git revision PAINT_BASE, default 253b92e: the build before issue
// 21's cockpit) in a temporary git worktree, seeds the full district with the
// baseline's binary (PAINT_SCALE, default district), serves and measures it,
// then migrates the same database with the current binary (bin/yuanbahui,
// built beforehand by `make build`; migrations only add) and measures that on
// the same data. PAINT_SEED=each seeds a database per build instead. Each
// build gets a warm-up run and PAINT_RUNS (default 5) measured runs; the table
// shows the medians, the ratio current/baseline and the targets; with
// PAINT_ENFORCE=1 the exit status is 1 when the current build misses a
// target. Each build is measured once the one-minute load average is below 1
// (at most PAINT_SETTLE seconds, default 120, after the seeding or the other
// build); the load average is printed with the figures (the machine may be
// shared). PAINT_TRACE=1 prints the resource waterfall of the last overview
// run of each build.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, realpathSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The measures, their targets in ms (issue 21 item 7; null: reported only) and what they wait for. */
export const MEASURES = [
  { key: 'cards', label: 'overview KPI cards', target: 500 },
  { key: 'chart', label: 'overview first chart', target: null },
  { key: 'map', label: 'overview map', target: 1000 },
  ...['tickets', 'issues', 'lectures', 'evaluation', 'gaps'].map((b) => ({
    key: b,
    label: `board ${b}`,
    target: 800,
    path: `/boards/${b}`,
  })),
];

/** The median of the numbers (null when there are none). */
export function median(xs) {
  const s = xs.filter((x) => typeof x === 'number').sort((a, b) => a - b);
  if (s.length === 0) return null;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : Math.round((s[m - 1] + s[m]) / 2);
}

const cardsReady = () =>
  /\d/.test(document.querySelector('[data-testid="kpi-TICKETS_SUBMITTED"]')?.textContent ?? '') && performance.now();
const chartDrawn = () => !!document.querySelector('#content canvas') && performance.now();
// The coloured map (issue 21 item 3) marks its root ready; the baseline's dot
// map has only a canvas and its "显示 n / m 个院坝" note under it.
const mapReady = () =>
  (!!document.querySelector('[data-testid="area-map"][data-state="ready"]') ||
    [...document.querySelectorAll('#content .note')].some((n) => /显示 .* 个院坝/.test(n.textContent ?? ''))) &&
  performance.now();
// A board's first data row (a table row, an issue card, a gap), or its
// settled state without rows (a status that is not the loading one, e.g.
// "choose a town" or "none"): returns [ms, whether rows were found].
const boardReady = () => {
  const main = document.querySelector('#content');
  if (!main) return false;
  if (main.querySelector('tbody tr, .board-card, .gap-list li')) return [performance.now(), true];
  const settled = main.querySelector('.status:not([role="status"])');
  return settled ? [performance.now(), false] : false;
};

// In each page of the context, from before its first script: checks the
// measures the address waits for (the overview's three, or a board's) on
// every animation frame and records the first time each holds in
// window.__paintGot; once all hold, reports them through the __paint binding.
// Nothing of Playwright runs in the page while it loads: a waitForFunction
// evaluates Playwright's injected script (measured at 20-65 ms of main
// thread) in the middle of the load, which a user's browser does not run.
const watchScript = `(() => {
  if (location.protocol === 'about:') return;
  const tests = { cards: ${cardsReady}, chart: ${chartDrawn}, map: ${mapReady}, board: ${boardReady} };
  const want = location.pathname === '/' ? ['cards', 'chart', 'map'] : ['board'];
  const got = (window.__paintGot = {});
  const tick = () => {
    for (const k of want) if (!(k in got)) { const v = tests[k](); if (v) got[k] = v; }
    if (want.every((k) => k in got)) window.__paint(got);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

/**
 * Opens path on base in a new page of the context (navigated to from
 * about:blank) and resolves with what the page's watcher recorded: all of its
 * measures, or those that held within timeout ms.
 */
async function open(context, reports, base, path, timeout = 60_000) {
  const page = await context.newPage();
  try {
    await page.goto('about:blank');
    const reported = new Promise((resolve) => reports.set(page, resolve));
    await page.goto(`${base}${path}`, { waitUntil: 'commit' });
    let timer;
    const got = await Promise.race([
      reported,
      new Promise((resolve) => (timer = setTimeout(resolve, timeout))).then(() =>
        page.evaluate(() => window.__paintGot ?? {}),
      ),
    ]);
    clearTimeout(timer);
    return { page, got };
  } catch (e) {
    await page.close();
    throw e;
  }
}

/** Logs in as username on base in a new context and returns the context. */
async function login(browser, base, username, password) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(`${base}/`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
  await page.getByRole('navigation', { name: '主导航' }).waitFor({ timeout: 60_000 });
  // A returning user's browser: the service worker (if the build has one)
  // installed and controlling the pages measured.
  await page.evaluate(() =>
    Promise.race([navigator.serviceWorker.ready, new Promise((resolve) => setTimeout(resolve, 15_000))]),
  );
  await page.close();
  return context;
}

/**
 * Measures one server: a warm-up and `runs` runs of the overview and every
 * board, each a fresh page navigated to from about:blank. Returns the runs
 * ({cards, chart, map, tickets, …: ms or null}) and the waterfall of the last
 * overview.
 */
export async function measure(base, username, password, runs, log = console.log) {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  try {
    const context = await login(browser, base, username, password);
    const reports = new Map();
    await context.exposeBinding('__paint', ({ page }, got) => reports.get(page)?.(got));
    await context.addInitScript({ content: watchScript });
    const results = [];
    let waterfall = [];
    for (let i = 0; i <= runs; i++) {
      const r = {};
      const { page, got } = await open(context, reports, base, '/');
      const ms = (x) => (typeof x === 'number' ? Math.round(x) : null);
      Object.assign(r, { cards: ms(got.cards), chart: ms(got.chart), map: ms(got.map) });
      waterfall = await page.evaluate(() =>
        performance.getEntriesByType('resource').map((e) => ({
          name: e.name.replace(location.origin, ''),
          start: Math.round(e.startTime),
          end: Math.round(e.responseEnd),
          bytes: e.transferSize,
        })),
      );
      await page.close();
      for (const m of MEASURES.filter((x) => x.path)) {
        const { page: p, got: b } = await open(context, reports, base, m.path);
        r[m.key] = b.board ? Math.round(b.board[0]) : null;
        if (b.board && !b.board[1]) r[`${m.key}:norows`] = true;
        await p.close();
      }
      const line = MEASURES.map((m) => `${m.key} ${r[m.key] ?? '—'}${r[`${m.key}:norows`] ? '*' : ''}`).join(', ');
      log(`${i === 0 ? 'warm-up' : `run ${i}`}: ${line} ms`);
      if (i > 0) results.push(r);
    }
    return { runs: results, waterfall };
  } finally {
    await browser.close();
  }
}

/** The medians of each measure over the runs (and whether a board never showed rows). */
export function medians(runs) {
  const out = {};
  for (const m of MEASURES) {
    out[m.key] = median(runs.map((r) => r[m.key]));
    out[`${m.key}:norows`] = runs.some((r) => r[`${m.key}:norows`]);
  }
  return out;
}

/** The comparison table: a row per measure, the builds' medians, current/baseline and the target. */
export function table(builds) {
  const names = Object.keys(builds);
  const cell = (b, k) => {
    const v = builds[b][k];
    return v == null ? '—' : `${v}${builds[b][`${k}:norows`] ? '*' : ''}`;
  };
  const rows = [['measure (median ms)', ...names, ...(names.length === 2 ? ['ratio'] : []), 'target', 'met']];
  for (const m of MEASURES) {
    const last = builds[names[names.length - 1]][m.key];
    const ratio =
      names.length === 2 && builds[names[0]][m.key] && last != null ? (last / builds[names[0]][m.key]).toFixed(2) : '—';
    rows.push([
      m.label,
      ...names.map((b) => cell(b, m.key)),
      ...(names.length === 2 ? [ratio] : []),
      m.target == null ? '' : `≤ ${m.target}`,
      m.target == null ? '' : last != null && last <= m.target ? 'yes' : 'NO',
    ]);
  }
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n');
}

/** The measures of the last build that miss their targets. */
export function missed(m) {
  return MEASURES.filter((x) => x.target != null && (m[x.key] == null || m[x.key] > x.target)).map((x) => x.label);
}

function load() {
  return loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
}

/**
 * Waits until the machine is quiet: the one-minute load average below 1 (or
 * PAINT_SETTLE seconds have passed, default 120), so that each build is
 * measured after the seeding and the other build's run have died down.
 */
async function settle() {
  const until = Date.now() + Number(process.env.PAINT_SETTLE ?? 120) * 1000;
  while (loadavg()[0] >= 1 && Date.now() < until) await new Promise((r) => setTimeout(r, 2000));
}

function run(cmd, args, opts = {}) {
  console.log(`$ ${[cmd, ...args].join(' ')}${opts.cwd ? `   (in ${opts.cwd})` : ''}`);
  execFileSync(cmd, args, { stdio: 'inherit', ...opts });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** Starts `bin serve` on the database at a free port; resolves when /readyz answers. */
async function serve(bin, db) {
  const port = await freePort();
  const photos = mkdtempSync(path.join(tmpdir(), 'ybh-paint-photos-'));
  const logFile = path.join(photos, 'serve.log');
  const child = spawn(
    bin,
    [
      'serve',
      '--db',
      db,
      '--addr',
      `127.0.0.1:${port}`,
      '--limits',
      'off',
      '--metrics-addr',
      '',
      '--photo-dir',
      photos,
    ],
    // The server's request log would bury the figures: kept in a file, shown if it fails to start.
    { stdio: ['ignore', 'ignore', openSync(logFile, 'w')] },
  );
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    if (child.exitCode != null)
      throw new Error(`${bin} serve exited with ${child.exitCode}:\n${readFileSync(logFile, 'utf8')}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode != null ? r() : child.on('exit', r)));
      rmSync(photos, { recursive: true, force: true });
    },
  };
}

function dbURL(server, name) {
  const u = new URL(server);
  u.pathname = `/${name}`;
  return u.toString();
}

function psql(server, sql) {
  run('psql', [server, '-v', 'ON_ERROR_STOP=1', '-qc', sql]);
}

/** Seeds the district into db with bin and adds the district administrator the runs log in as. */
function seed(bin, db, scale) {
  const t = Date.now();
  run(bin, ['seed', '--db', db, '--scale', scale]);
  run(bin, [
    'user',
    'add',
    '--db',
    db,
    '--username',
    'admin',
    '--role',
    'DISTRICT_ADMIN',
    '--area',
    '500154',
    '--demo',
  ]);
  console.log(`seeded in ${((Date.now() - t) / 1000).toFixed(0)} s`);
}

async function bench() {
  const server = process.env.PAINT_PG || process.env.TEST_POSTGRES_URL;
  if (!server) throw new Error('PAINT_PG or TEST_POSTGRES_URL: the PostgreSQL server to make the database on');
  const baseRev = process.env.PAINT_BASE ?? '253b92e';
  const runs = Number(process.env.PAINT_RUNS ?? 5);
  const scale = process.env.PAINT_SCALE ?? 'district';
  const seedEach = process.env.PAINT_SEED === 'each';
  const current = path.join(root, 'bin', 'yuanbahui');
  if (!existsSync(current)) throw new Error(`${current} is missing: run make build first`);

  const tmp = mkdtempSync(path.join(tmpdir(), 'ybh-paint-'));
  const tree = path.join(tmp, 'base');
  const dbs = [];
  const cleanup = [];
  try {
    // The baseline: its SPA and binary, built in a worktree of its own.
    let baseBin = null;
    if (baseRev !== 'none') {
      run('git', ['worktree', 'add', '--detach', tree, baseRev], { cwd: root });
      cleanup.push(() => run('git', ['worktree', 'remove', '--force', tree], { cwd: root }));
      symlinkSync(realpathSync(path.join(root, 'node_modules')), path.join(tree, 'node_modules'));
      run('npm', ['run', 'build', '--silent'], { cwd: tree });
      baseBin = path.join(tmp, 'yuanbahui-base');
      run('go', ['build', '-o', baseBin, './cmd/yuanbahui'], { cwd: tree });
    }
    const newDB = () => {
      const name = `ybh_paint_${process.pid}_${dbs.length}`;
      psql(server, `CREATE DATABASE ${name}`);
      dbs.push(name);
      return dbURL(server, name);
    };
    const builds = {};
    const waterfalls = {};
    let db = newDB();
    seed(baseBin ?? current, db, scale);
    for (const [name, bin] of [...(baseBin ? [[`baseline ${baseRev}`, baseBin]] : []), ['current', current]]) {
      if (bin === current && baseBin) {
        if (seedEach) {
          db = newDB();
          seed(current, db, scale);
        } else {
          run(current, ['migrate', '--db', db]);
        }
      }
      await settle();
      console.log(`\n== ${name}: load average before ${load()}`);
      const srv = await serve(bin, db);
      try {
        const m = await measure(srv.base, 'admin', 'yuanbahui-demo', runs);
        builds[name] = medians(m.runs);
        waterfalls[name] = m.waterfall;
      } finally {
        await srv.stop();
      }
      console.log(`load average after ${load()}`);
    }
    if (process.env.PAINT_TRACE) {
      for (const [name, w] of Object.entries(waterfalls)) {
        console.log(`\n== waterfall of the last overview run, ${name} (ms since navigation)`);
        for (const e of w)
          console.log(`${String(e.start).padStart(6)} → ${String(e.end).padStart(6)}  ${e.bytes}\t${e.name}`);
      }
    }
    console.log(
      `\n== paint, ${scale} on PostgreSQL, median of ${runs} runs after a warm-up (${
        seedEach ? 'each build on its own seed' : 'seeded by the baseline, migrated by the current build'
      }); load average ${load()}; * = settled without data rows`,
    );
    console.log(table(builds));
    const miss = missed(builds.current);
    if (miss.length) console.log(`\ncurrent build over target: ${miss.join(', ')}`);
    if (miss.length && process.env.PAINT_ENFORCE === '1') process.exitCode = 1;
  } finally {
    for (const name of dbs) {
      try {
        psql(server, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } catch (e) {
        console.error(`could not drop ${name}: ${e.message}`);
      }
    }
    for (const f of cleanup.reverse()) f();
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--bench') {
  await bench();
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [base, username, password, runs = '3'] = process.argv.slice(2);
  if (!password) {
    console.error(
      readFileSync(fileURLToPath(import.meta.url), 'utf8')
        .split('\n')
        .slice(0, 10)
        .join('\n'),
    );
    process.exit(2);
  }
  const m = await measure(base, username, password, Number(runs));
  console.log(`\nmedians (load average ${load()}):`);
  console.log(table({ [base]: medians(m.runs) }));
}
