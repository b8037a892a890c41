// End-to-end tests of the dashboard in headless Chromium (playwright-core
// driving Debian's /usr/bin/chromium) against the real server on a freshly
// seeded SQLite database. Run by `make test-e2e` after the SPA and the server
// are built:
//
//   node e2e/run.mjs [--keep]      (YBH_BIN, CHROMIUM, E2E_SCALE override)
//
// Screenshots of every screen at 1280 px and 360 px go to e2e/artifacts/
// (git-ignored), to be looked at.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import net from 'node:net';
import { deflateSync } from 'node:zlib';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumBinary, chromiumPath } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.YBH_BIN ?? path.join(root, 'bin/yuanbahui');
const scale = process.env.E2E_SCALE ?? 'town';
const artifacts = path.join(root, 'e2e/artifacts');
const keep = process.argv.includes('--keep');
const only = process.env.E2E_ONLY ? new RegExp(process.env.E2E_ONLY) : null;

const ADMIN = { username: 'e2e-admin', password: 'e2e-admin-password-1' };
const TOWN = { username: 'e2e-town', password: 'e2e-town-password-1' };
const VILLAGE = { username: 'e2e-village', password: 'e2e-village-password-1' };
const ANALYST = { username: 'e2e-analyst', password: 'e2e-analyst-password-1' };

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

function cli(args, input) {
  return execFileSync(bin, args, { input, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
}

const dir = mkdtempSync(path.join(tmpdir(), 'ybh-e2e-'));
const db = `sqlite:${path.join(dir, 'e2e.db')}`;
let server;
let browser;
const results = [];

async function cleanup() {
  await browser?.close().catch(() => {});
  if (server && server.exitCode == null) {
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
  }
  if (!keep) rmSync(dir, { recursive: true, force: true });
}

process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

async function main() {
  if (!existsSync(bin)) throw new Error(`no server binary at ${bin}: run make server`);
  if (!existsSync(chromiumBinary)) throw new Error(`no chromium at ${chromiumBinary}`);
  mkdirSync(artifacts, { recursive: true });

  let t0 = Date.now();
  cli(['seed', '--db', db, '--scale', scale, '--seed', '7']);
  console.log(`seeded ${scale} in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  cli(
    [
      'user',
      'add',
      '--db',
      db,
      '--username',
      ADMIN.username,
      '--role',
      'DISTRICT_ADMIN',
      '--area',
      '500154',
      '--password-stdin',
    ],
    ADMIN.password + '\n',
  );

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  // The server is a direct child process; its log goes to ours on failure.
  server = spawn(bin, ['serve', '--db', db, '--addr', `127.0.0.1:${port}`, '--limits', 'off'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  server.stdout.on('data', (d) => (log += d));
  server.stderr.on('data', (d) => (log += d));
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {
      // not yet
    }
    if (server.exitCode != null || i > 100) throw new Error(`server did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 100));
  }

  const api = await apiClient(base, ADMIN);
  // A town official of the seeded town, to check scoping.
  const town = (await api.q('{ towns(first: 1, orderBy: [{field: CODE}]) { edges { node { id code name } } } }')).towns
    .edges[0].node;
  cli(
    [
      'user',
      'add',
      '--db',
      db,
      '--username',
      TOWN.username,
      '--role',
      'TOWN_OFFICIAL',
      '--area',
      town.code,
      '--password-stdin',
    ],
    TOWN.password + '\n',
  );
  const village = (await api.q('{ villages(first: 1, orderBy: [{field: CODE}]) { edges { node { id code name } } } }'))
    .villages.edges[0].node;
  cli(
    [
      'user',
      'add',
      '--db',
      db,
      '--username',
      VILLAGE.username,
      '--role',
      'VILLAGE_CADRE',
      '--area',
      village.code,
      '--password-stdin',
    ],
    VILLAGE.password + '\n',
  );
  cli(
    [
      'user',
      'add',
      '--db',
      db,
      '--username',
      ANALYST.username,
      '--role',
      'ANALYST',
      '--area',
      '500154',
      '--password-stdin',
    ],
    ANALYST.password + '\n',
  );

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
  });

  const ctx = { base, api, town, village, browser };
  for (const [name, fn] of tests) {
    if (only && !only.test(name)) continue;
    t0 = Date.now();
    try {
      await fn(ctx);
      results.push({ name, ok: true, ms: Date.now() - t0 });
      console.log(`✓ ${name} (${Date.now() - t0} ms)`);
    } catch (e) {
      results.push({ name, ok: false, error: e });
      await ctx.lastPage
        ?.screenshot({ path: path.join(artifacts, `FAILED-${results.length}.png`), fullPage: true })
        .catch(() => {});
      console.log(`✗ ${name}\n  ${e?.stack ?? e}`);
    }
  }
  if (cspViolations.length) {
    results.push({ name: 'no Content-Security-Policy violation', ok: false });
    console.log(
      `✗ ${cspViolations.length} Content-Security-Policy violations:\n  ${cspViolations.slice(0, 10).join('\n  ')}`,
    );
  }
  const failed = results.filter((r) => !r.ok);
  console.log(
    `\n${results.length - failed.length} passed, ${failed.length} failed; screenshots in ${path.relative(root, artifacts)}/`,
  );
  if (failed.length) {
    console.log(log.split('\n').slice(-40).join('\n'));
    process.exitCode = 1;
  }
}

async function apiClient(base, who) {
  const login = await fetch(`${base}/query`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($i: LoginInput!) { login(input: $i) { token } }', variables: { i: who } }),
  }).then((r) => r.json());
  const token = login.data?.login?.token;
  if (!token) throw new Error(`API login failed: ${JSON.stringify(login)}`);
  return {
    async q(query, variables = {}) {
      const res = await fetch(`${base}/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query, variables }),
      }).then((r) => r.json());
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data;
    },
  };
}

/** The Content-Security-Policy violations of every page of the run. */
const cspViolations = [];

async function newPage(ctx, { width = 1280, height = 900, who = ADMIN, login = true } = {}) {
  const context = await ctx.browser.newContext({
    viewport: { width, height },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const errors = [];
  page.on('pageerror', (e) => errors.push(e));
  // Whatever the server's Content-Security-Policy blocks is an error too,
  // of the page and of the whole run.
  page.on('console', (m) => {
    if (!/Content Security Policy/i.test(m.text())) return;
    errors.push(new Error(m.text()));
    cspViolations.push(`${page.url()}: ${m.text().slice(0, 300)}`);
  });
  page.errors = errors;
  ctx.lastPage = page;
  if (login) {
    await page.goto(`${ctx.base}/`);
    await page.getByLabel('用户名').fill(who.username);
    await page.getByLabel('密码').fill(who.password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('navigation', { name: '主导航' }).waitFor();
  }
  return page;
}

async function shot(page, name) {
  const t0 = Date.now();
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
  if (Date.now() - t0 > 2000) console.log(`  (screenshot ${name} took ${Date.now() - t0} ms)`);
  // Phone screens also as the phone shows them (a long full page is hard to look at).
  if ((page.viewportSize()?.width ?? 1280) <= 400)
    await page.screenshot({ path: path.join(artifacts, `${name}-top.png`) });
}

/** The elements sticking out to the right of the viewport (to say what overflows). */
async function overflowing(page) {
  return page.evaluate(() => {
    const w = window.innerWidth;
    // Content of a box that scrolls (or clips) sideways within the page is
    // that box's matter, not the page's, when the box itself fits.
    const boxed = (e) => {
      for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(a).overflowX))
          return a.getBoundingClientRect().right <= w + 1;
      }
      return false;
    };
    return [...document.querySelectorAll('body *')]
      .filter(
        (e) =>
          e.getBoundingClientRect().right > w + 1 &&
          ![...e.children].some((c) => c.getBoundingClientRect().right > w + 1) &&
          !boxed(e),
      )
      .slice(0, 8)
      .map(
        (e) =>
          `${e.tagName.toLowerCase()}.${[...e.classList].join('.')} (${Math.round(e.getBoundingClientRect().right)} px): ${e.textContent.slice(0, 30)}`,
      );
  });
}

/** Fails when the page is wider than its viewport (scrolls sideways), naming what overflows. */
async function fits(page, what) {
  const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `${what} is ${overflow} px too wide:\n    ${(await overflowing(page)).join('\n    ')}`);
}

/** Fails unless the page shows n fixed (SVG) charts, each with a visible height and lines drawn. */
async function chartsDrawn(page, n) {
  const boxes = await page.evaluate(() =>
    [...document.querySelectorAll('.svg-chart')].map((d) => ({
      height: d.getBoundingClientRect().height,
      paths: d.querySelectorAll('svg path').length,
    })),
  );
  assert.equal(boxes.length, n, `${n} charts`);
  for (const b of boxes) assert.ok(b.height > 100 && b.paths > 10, `a chart drawn and visible: ${JSON.stringify(b)}`);
}

async function kpi(page, key) {
  const el = page.getByTestId(`kpi-${key}`);
  await page.waitForFunction(
    (k) => /\d/.test(document.querySelector(`[data-testid="kpi-${k}"]`)?.textContent ?? ''),
    key,
  );
  return Number((await el.textContent()).replace(/[^\d.]/g, ''));
}

/**
 * Waits for GraphiQL to show the example named name with its variables (a
 * period), executes it and returns the response once it holds data.
 */
async function runFirstExample(page, name) {
  await page.waitForFunction((n) => document.querySelector('.graphiql-query-editor')?.textContent?.includes(n), name, {
    timeout: 30_000,
  });
  await page.waitForFunction(
    () => /"period"/.test(document.querySelector('.graphiql-editors')?.textContent ?? ''),
    null,
    { timeout: 30_000 },
  );
  await page.getByRole('button', { name: /Execute query/ }).click();
  await page.waitForFunction(
    () => /"data"/.test(document.querySelector('.graphiql-response')?.textContent ?? ''),
    null,
    { timeout: 30_000 },
  );
  return page.locator('.graphiql-response').textContent();
}

function periodOf(url) {
  return new URL(url).searchParams.get('period');
}

/** The [from, to) instants of a quarter label in Asia/Shanghai. */
function quarterSpan(label) {
  const [, y, q] = /^(\d{4})Q(\d)$/.exec(label);
  const at = (m) => new Date(Date.UTC(+y, m, 1, -8)).toISOString().replace('.000Z', 'Z');
  return [at((q - 1) * 3), at(q * 3)];
}

/** axe-core's source, evaluated in each page checked (page.evaluate is not subject to the page's CSP). */
const axeSource = readFileSync(path.join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/**
 * Runs axe-core on the page as it is and fails with the serious and critical
 * violations, each with its rule, help and the first nodes it found.
 */
async function axeCheck(page, what) {
  const found = await axeViolations(page, what);
  assert.equal(found, '', found);
}

/** The serious and critical axe violations of the page, as a message ('' for none). */
async function axeViolations(page, what) {
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(0, 3).join(' ')}`),
      }));
  });
  if (!violations.length) return '';
  return (
    `${what}: ${violations.length} serious or critical accessibility violations:\n` +
    violations.map((v) => `  ${v.impact} ${v.id} (${v.help}):\n      ${v.nodes.join('\n      ')}`).join('\n')
  );
}

async function firstCourtyard(api) {
  // A courtyard with an active head and households, where the forms can work.
  const d = await api.q(
    `{ courtyards(first: 20, orderBy: [{field: CODE}]) { edges { node { id name households { totalCount } village { id name town { id name } } } } } }`,
  );
  return d.courtyards.edges.map((e) => e.node).find((c) => c.households.totalCount >= 3);
}

/** Waits for a form's courtyard select to show courtyard c chosen, by its name. */
async function courtyardNamed(page, c) {
  await page.waitForFunction(
    ([id, name]) =>
      [...document.querySelectorAll('select')].some(
        (s) => s.value === id && s.selectedOptions[0]?.textContent?.includes(name),
      ),
    [c.id, c.name],
  );
}

/** A small PNG (a 4 × 4 grey square), as a phone's photo of documents. */
function tinyPNG() {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(body));
    return Buffer.concat([len, body, sum]);
  };
  const w = 4;
  const h = 4;
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const raw = Buffer.alloc(h * (1 + w * 3), 0x80);
  for (let y = 0; y < h; y++) raw[y * (1 + w * 3)] = 0; // filter: none
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const tests = [
  [
    'accessible: no serious or critical axe violation on any screen at 1440 and 360 px; a skip link first',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const id = encodeURIComponent(c.id);
      const routes = [
        '/',
        `/town/${encodeURIComponent(ctx.town.id)}`,
        `/courtyard/${id}`,
        '/boards/issues',
        '/boards/tickets',
        `/boards/lectures?town=${encodeURIComponent(ctx.town.id)}`,
        '/boards/evaluation',
        '/boards/gaps',
        '/boards/red',
        '/forms',
        `/forms/issue?courtyard=${id}`,
        `/forms/ticket?courtyard=${id}`,
        `/forms/lecture?courtyard=${id}`,
        `/forms/points?courtyard=${id}`,
        `/forms/redeem?courtyard=${id}`,
        '/outbox',
        '/explorer',
        '/accounts',
        `/list/tickets?where=${encodeURIComponent(JSON.stringify({ overdue: true }))}`,
        `/print/rating-slips?courtyard=${id}`,
        `/print/red-board?area=${encodeURIComponent(c.village.id)}`,
        '/no-such-screen',
      ];
      const found = [];
      for (const width of [1440, 360]) {
        const visitor = await newPage(ctx, { width, height: 800, login: false });
        await visitor.goto(`${ctx.base}/`);
        await visitor.getByLabel('用户名').waitFor();
        found.push(await axeViolations(visitor, `login at ${width} px`));
        await visitor.goto(`${ctx.base}/rate/`);
        await visitor.getByRole('button', { name: '提交评价' }).waitFor();
        found.push(await axeViolations(visitor, `rating page at ${width} px`));
        const page = await newPage(ctx, { width, height: 800 });
        for (const route of routes) {
          await page.goto(`${ctx.base}${route}`);
          await page.locator('h1.page-title, .print-a4 h1, [data-testid=slip]').first().waitFor({ timeout: 20_000 });
          await page
            .waitForFunction(
              () => ![...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.includes('正在加载')),
              null,
              { timeout: 20_000 },
            )
            .catch(() => {});
          if (route === '/explorer') await page.getByTestId('graphiql').locator('.graphiql-sidebar').waitFor();
          found.push(await axeViolations(page, `${route} at ${width} px`));
        }
        // The first Tab reaches the skip link; following it lands in the screen beside the navigation.
        await page.goto(`${ctx.base}/boards/tickets`);
        await page.locator('h1.page-title').waitFor();
        await page.keyboard.press('Tab');
        assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到正文');
        await page.keyboard.press('Enter');
        assert.equal(await page.evaluate(() => document.activeElement?.id), 'content');
      }
      const failed = found.filter(Boolean);
      assert.equal(failed.length, 0, `${failed.length} screens fail:\n${failed.join('\n')}`);
    },
  ],
  [
    'overview: numbers equal the API, painted fast, every screen loads without errors',
    async (ctx) => {
      const page = await newPage(ctx);
      const t0 = Date.now();
      await page.goto(`${ctx.base}/`);
      const courtyards = await kpi(page, 'COURTYARDS');
      const paintMs = Date.now() - t0;
      // The default period (the last complete quarter with activity) is in the picker.
      const label = await page.getByLabel('期间').inputValue();
      const [from, to] = quarterSpan(label);
      const api = await ctx.api.q(
        `query($p: String!, $f: Time!, $t: Time!) { overview(period: $p) { figures { metric value } }
         tickets(where: {submittedAtGTE: $f, submittedAtLT: $t}) { totalCount } courtyards { totalCount } }`,
        { p: label, f: from, t: to },
      );
      const fig = Object.fromEntries(api.overview.figures.map((f) => [f.metric, f.value]));
      for (const m of [
        'COURTYARDS',
        'ROLES_STAFFED',
        'TICKETS_SUBMITTED',
        'TICKETS_COMPLETED',
        'TICKETS_OVERDUE',
        'ISSUES_COLLECTED',
        'DISPUTES_MEDIATED',
        'IDEAS_ADOPTED',
        'LECTURES',
        'LECTURE_ATTENDANCES',
      ]) {
        assert.equal(await kpi(page, m), fig[m], m);
      }
      // …and a figure agrees with the rows: counting them through the API gives the same.
      assert.equal(
        await kpi(page, 'TICKETS_SUBMITTED'),
        api.tickets.totalCount,
        'tickets submitted = tickets.totalCount',
      );
      void courtyards;
      // Wait for the charts and the map, then measure the paint of the whole overview.
      await page.locator('canvas').first().waitFor();
      await page.locator('[data-testid="area-map"][data-state="ready"]').waitFor({ timeout: 30_000 });
      console.log(`  overview KPIs painted in ${paintMs} ms after navigation (${label})`);
      const nav = await page.evaluate(() => {
        const e = performance.getEntriesByType('navigation')[0];
        const fcp = performance.getEntriesByName('first-contentful-paint')[0];
        return {
          domContentLoaded: Math.round(e.domContentLoadedEventEnd),
          fcp: fcp ? Math.round(fcp.startTime) : null,
        };
      });
      console.log(`  first contentful paint ${nav.fcp} ms, DOMContentLoaded ${nav.domContentLoaded} ms`);
      await shot(page, 'overview-1280');
      // Three cards open the rows behind them, at the card's period and instant: the list's
      // count (共 N 条) is the card's figure.
      for (const m of ['TICKETS_SUBMITTED', 'TICKETS_OVERDUE', 'ISSUES_COLLECTED']) {
        const card = await kpi(page, m);
        await page.locator('a', { has: page.getByTestId(`kpi-${m}`) }).click();
        const title = page.getByText(/^共 [\d,]+ 条$/);
        await title.waitFor({ timeout: 20_000 });
        await page.waitForFunction(
          () => ![...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.includes('正在加载')),
        );
        const rows = Number((await title.textContent()).replace(/[^\d]/g, ''));
        assert.equal(rows, card, `${m}: the card says ${card}, the list it opens has ${rows}`);
        console.log(`  ${m}: card ${card} = the list it opens`);
        await page.goBack();
      }
      await kpi(page, 'COURTYARDS');
      for (const [route, name] of [
        ['/boards/issues', 'board-issues'],
        ['/boards/tickets', 'board-tickets'],
        [`/boards/lectures?town=${encodeURIComponent(ctx.town.id)}`, 'board-lectures'],
        ['/boards/evaluation', 'board-evaluation'],
        ['/boards/gaps', 'board-gaps'],
        ['/boards/red', 'board-red'],
        ['/forms', 'forms'],
        ['/explorer', 'explorer'],
        ['/accounts', 'accounts'],
        [`/list/tickets?where=${encodeURIComponent(JSON.stringify({ overdue: true }))}`, 'list-tickets'],
      ]) {
        const t1 = Date.now();
        await page.goto(`${ctx.base}${route}`);
        await page.locator('h1.page-title').waitFor();
        await page
          .waitForFunction(
            () => ![...document.querySelectorAll('[role=status]')].some((e) => e.textContent?.includes('正在加载')),
            null,
            { timeout: 20_000 },
          )
          .catch(() => console.log(`  ${route} still loading after 20 s`));
        console.log(`  ${route} loaded in ${Date.now() - t1} ms`);
        // (GraphiQL's Monaco editors keep empty alert regions for screen readers.)
        const alerts = page.locator('[role=alert]:not(.graphiql *)').filter({ hasText: /\S/ });
        if ((await alerts.count()) > 0) assert.fail(`${route} shows an error: ${await alerts.first().textContent()}`);
        await shot(page, name);
      }
      // English, complete: the switch reloads the page in English.
      await page.goto(`${ctx.base}/`);
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('navigation', { name: 'Main navigation' }).waitFor();
      await page.getByRole('heading', { name: /courtyard micro-grids at a glance/ }).waitFor();
      await kpi(page, 'TICKETS_SUBMITTED');
      await shot(page, 'overview-en');
      assert.deepEqual(page.errors.map(String), []);
    },
  ],
  [
    "the district admin's overview opens with the red flags, counts equal to the API's, at 1440 and 360 px",
    async (ctx) => {
      const { redFlags } = await ctx.api.q('{ redFlags { flags { kind totalCount } } }');
      assert.equal(redFlags.flags.length, 5);
      assert.ok(
        redFlags.flags.some((f) => f.totalCount > 0),
        'the seeded district has something to flag',
      );
      for (const width of [1440, 360]) {
        const page = await newPage(ctx, { width, height: width > 400 ? 900 : 740 });
        const strip = page.getByRole('region', { name: '今日红灯' });
        await strip.waitFor();
        for (const f of redFlags.flags) {
          const count = await strip.locator(`[data-kind="${f.kind}"] .red-flag-count`).textContent();
          assert.equal(Number(count), f.totalCount, `${f.kind} on the strip`);
        }
        const first = redFlags.flags.find((f) => f.totalCount > 0);
        await strip.locator(`button[data-kind="${first.kind}"]`).click();
        await strip.locator('.red-flag-list li a').first().waitFor();
        await shot(page, `red-flags-${width}`);
        assert.deepEqual(await overflowing(page), [], 'nothing sticks out');
        assert.deepEqual(page.errors.map(String), []);
        await page.context().close();
      }
    },
  ],
  [
    'drill down district → town → village → courtyard with breadcrumbs',
    async (ctx) => {
      const page = await newPage(ctx);
      const ranking = page.getByRole('list', { name: '排名' });
      await ranking.getByRole('link').first().click();
      await page.waitForURL(/\/town\//);
      await page.getByRole('navigation', { name: '当前位置' }).getByRole('link').first().waitFor();
      await kpi(page, 'COURTYARDS');
      await shot(page, 'town-1280');
      await ranking.getByRole('link').first().click();
      await page.waitForURL(/\/village\//);
      // The town's page stays on screen until the village's has loaded (a transition).
      await page.getByRole('navigation', { name: '当前位置' }).getByRole('listitem').nth(2).waitFor();
      const villageTickets = await kpi(page, 'TICKETS_SUBMITTED');
      const villageId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2]);
      const [f, t] = quarterSpan(periodOf(page.url()));
      const api = await ctx.api.q(
        'query($v: ID!, $f: Time!, $t: Time!) { tickets(where: {villageID: $v, submittedAtGTE: $f, submittedAtLT: $t}) { totalCount } }',
        { v: villageId, f, t },
      );
      assert.equal(villageTickets, api.tickets.totalCount, 'the village figure counts its own tickets');
      await shot(page, 'village-1280');
      await ranking.getByRole('link').first().click();
      await page.waitForURL(/\/courtyard\//);
      await page.getByRole('heading', { name: '一长三员' }).waitFor();
      const crumbs = page.getByRole('navigation', { name: '当前位置' }).getByRole('listitem');
      assert.equal(await crumbs.count(), 4);
      await shot(page, 'courtyard-1280');
      assert.deepEqual(page.errors.map(String), []);
    },
  ],
  [
    'a town official sees only the town',
    async (ctx) => {
      const page = await newPage(ctx, { who: TOWN });
      const shown = await kpi(page, 'TICKETS_SUBMITTED');
      const [f, t] = quarterSpan(await page.getByLabel('期间').inputValue());
      const api = await ctx.api.q(
        'query($t: ID!, $f: Time!, $to: Time!) { tickets(where: {townID: $t, submittedAtGTE: $f, submittedAtLT: $to}) { totalCount } }',
        { t: ctx.town.id, f, to: t },
      );
      assert.equal(shown, api.tickets.totalCount);
      await page.getByText('当前账号仅可查看其辖区').waitFor();
      await shot(page, 'overview-town-official');
    },
  ],
  [
    'a village cadre sees only the village; an analyst sees names masked',
    async (ctx) => {
      const page = await newPage(ctx, { who: VILLAGE });
      // A cadre lands on the home (checked below); the village's overview is one link away.
      await page.goto(`${ctx.base}/village/${encodeURIComponent(ctx.village.id)}`);
      const shown = await kpi(page, 'TICKETS_SUBMITTED');
      const [f, t] = quarterSpan(await page.getByLabel('期间').inputValue());
      const api = await ctx.api.q(
        'query($v: ID!, $f: Time!, $to: Time!) { tickets(where: {villageID: $v, submittedAtGTE: $f, submittedAtLT: $to}) { totalCount } }',
        { v: ctx.village.id, f, to: t },
      );
      assert.equal(shown, api.tickets.totalCount);
      await page.goto(`${ctx.base}/boards/tickets`);
      await page.locator('h1.page-title').waitFor();
      await shot(page, 'board-tickets-village-cadre');
      const analyst = await newPage(ctx, { who: ANALYST });
      const c = await firstCourtyard(ctx.api);
      await analyst.goto(`${ctx.base}/courtyard/${encodeURIComponent(c.id)}`);
      await analyst.getByRole('heading', { name: '一长三员' }).waitFor();
      const roster = await analyst.locator('table').first().textContent();
      assert.match(roster, /\*\*/, 'names are masked for analysts');
      await shot(analyst, 'courtyard-analyst');
    },
  ],
  [
    'an issue through the six steps with a vote',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const page = await newPage(ctx, { width: 360, height: 780 });
      await page.goto(`${ctx.base}/forms/issue?courtyard=${encodeURIComponent(c.id)}`);
      await page.getByLabel('议题', { exact: true }).fill('E2E 院坝路灯维修');
      await page.getByLabel('类别').selectOption('PUBLIC_FACILITY');
      await page.getByRole('button', { name: '收集议题' }).click();
      await page.waitForURL(/\/forms\/issue\/.+/);
      await shot(page, 'issue-1-collected-360');
      await page.getByLabel('议题范围').fill('院坝内 3 盏路灯');
      await page.getByRole('button', { name: '确定议题' }).click();
      await page.getByTestId('issue-stage').filter({ hasText: '确定' }).waitFor();
      await page.getByLabel('走访户数').fill('3');
      await page.getByLabel('情况记录').fill('走访 3 户，均同意维修');
      await page.getByRole('button', { name: '记录走访' }).click();
      await page.getByTestId('issue-stage').filter({ hasText: '走访' }).waitFor();
      const n = c.households.totalCount;
      await page.getByLabel('到会人数').fill(String(n));
      await page.getByLabel('到会户数').fill(String(n));
      await page.getByRole('spinbutton', { name: '赞成' }).fill(String(n - 1));
      await page.getByRole('spinbutton', { name: '反对' }).fill('1');
      await page.getByRole('spinbutton', { name: '弃权' }).fill('0');
      await page.getByLabel('议定事项').fill('更换 3 盏路灯，群众投工投劳');
      await shot(page, 'issue-3-decide-360');
      await page.getByRole('button', { name: '院坝会议定' }).click();
      await page.getByTestId('issue-stage').filter({ hasText: '议定' }).waitFor();
      await page
        .getByText(`赞成 ${n - 1} · 反对 1 · 弃权 0`)
        .first()
        .waitFor();
      await page.getByLabel('执行情况').fill('已更换 3 盏路灯');
      await page.getByLabel('执行人').fill('院坝长');
      await page.getByRole('button', { name: '记录执行' }).click();
      await page.getByTestId('issue-stage').filter({ hasText: '执行' }).waitFor();
      await page.getByLabel('情况记录').fill('群众满意');
      await page.getByRole('button', { name: '群众评价' }).click();
      await page.getByTestId('issue-done').waitFor();
      await shot(page, 'issue-6-evaluated-360');
      const id = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
      const d = await ctx.api.q(
        'query($id: ID!) { node(id: $id) { ... on Issue { stage votesFor votesAgainst steps { step } } } }',
        { id },
      );
      assert.equal(d.node.stage, 'EVALUATED');
      assert.equal(d.node.votesFor, n - 1);
      assert.deepEqual(
        d.node.steps.map((s) => s.step),
        ['RAISED', 'CONFIRMED', 'VISITED', 'DECIDED', 'EXECUTED', 'EVALUATED'],
      );
      assert.ok(
        (await page.evaluate(() => document.documentElement.scrollWidth)) <= 362,
        `no horizontal scroll at 360 px: ${(await overflowing(page)).join('; ')}`,
      );
    },
  ],
  [
    'a ticket submitted, accepted, completed and rated with its code; the network drops once without a duplicate',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const page = await newPage(ctx, { width: 360, height: 780 });
      await page.goto(`${ctx.base}/forms/ticket?courtyard=${encodeURIComponent(c.id)}`);
      const applicant = page.getByLabel('申请人');
      await page.waitForFunction(() => document.querySelectorAll('select[name=applicant] option').length > 1);
      const value = await applicant.locator('option').nth(1).getAttribute('value');
      await applicant.selectOption(value);
      const service = page.getByLabel('代办事项');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('select')].some(
          (s) => s.options.length > 1 && s.options[1].textContent.includes('时限'),
        ),
      );
      await service.selectOption({ index: 1 });
      // The applicant brought every document the service asks for: the agent ticks them.
      await page.locator('input[name=docs]').first().waitFor();
      for (const box of await page.locator('input[name=docs]').all()) await box.check();
      const before = (
        await ctx.api.q('query($a: ID!) { tickets(where: {applicantID: $a}) { totalCount } }', { a: value })
      ).tickets.totalCount;
      // The first submission is answered but the answer is lost (the network drops):
      // the form keeps the entry and sends it again with the same idempotency key.
      let dropped = 0;
      await page.route('**/query', async (route) => {
        if (dropped === 0 && route.request().postData()?.includes('SubmitTicket')) {
          dropped++;
          await route.fetch(); // reaches the server
          return route.abort('internetdisconnected');
        }
        return route.continue();
      });
      await page.getByRole('button', { name: '代办登记' }).click();
      await page.waitForURL(/\/forms\/ticket\/.+/, { timeout: 20_000 });
      await page.unroute('**/query');
      assert.equal(dropped, 1);
      const after = (
        await ctx.api.q('query($a: ID!) { tickets(where: {applicantID: $a}) { totalCount } }', { a: value })
      ).tickets.totalCount;
      assert.equal(after, before + 1, 'one ticket, not two');
      assert.equal(
        await page.evaluate(() => JSON.parse(localStorage.getItem('ybh.outbox') ?? '[]').length),
        0,
        'outbox emptied',
      );
      await page.getByTestId('ticket-status').filter({ hasText: '待受理' }).waitFor();
      await shot(page, 'ticket-1-submitted-360');
      await page.getByRole('button', { name: '受理' }).click();
      await page.getByTestId('ticket-status').filter({ hasText: '已受理' }).waitFor();
      await page.getByRole('button', { name: '办结' }).click();
      const code = (await page.getByTestId('rating-code').textContent()).trim();
      await page.getByTestId('ticket-status').filter({ hasText: '已办结' }).waitFor();
      await shot(page, 'ticket-2-completed-360');
      // The resident rates without logging in.
      const resident = await newPage(ctx, { width: 360, height: 740, login: false });
      await resident.goto(`${ctx.base}/rate/${encodeURIComponent(code)}`);
      await resident.getByLabel('5 分').check({ force: true });
      await resident.getByLabel('意见建议（选填）').fill('办事快，态度好');
      await shot(resident, 'rate-360');
      await resident.getByRole('button', { name: '提交评价' }).click();
      await resident.getByTestId('rate-thanks').waitFor();
      await shot(resident, 'rate-done-360');
    },
  ],
  [
    'a lecture recorded on a phone',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const page = await newPage(ctx, { width: 360, height: 780 });
      await page.goto(`${ctx.base}/forms/lecture?courtyard=${encodeURIComponent(c.id)}`);
      const theme = page.getByLabel(/主题（/);
      await page.waitForFunction(() => document.querySelectorAll('select[name=theme] option').length > 1, null, {
        timeout: 15_000,
      });
      await theme.selectOption({ index: 1 });
      // The speaker is the courtyard's publicist or a guest (no other resident).
      await page.getByLabel('宣讲人', { exact: true }).selectOption('guest');
      await page.getByLabel('外请宣讲人姓名').fill('镇司法所 李律师');
      await page.getByLabel('参加人数').fill('25');
      await page.getByLabel('生成评价码数量').fill('3');
      await page.getByRole('button', { name: '记录宣讲' }).click();
      await page.getByTestId('lecture-codes').waitFor();
      assert.equal(await page.getByTestId('lecture-codes').getByRole('link').count(), 3);
      await shot(page, 'lecture-360');
      const codes = (await page.getByTestId('lecture-codes').getByRole('link').allTextContents()).map((c) => c.trim());
      // The codes stay listed as printable slips, with a QR code of the rating address each.
      await page.getByTestId('lecture-slips').click();
      await page.waitForURL(/\/print\/rating-slips\?session=/);
      await page.getByTestId('slip').first().waitFor();
      const listed = async (p) =>
        p
          .getByTestId('slip')
          .evaluateAll((els) =>
            els.map((e) => ({ code: e.dataset.code, url: e.querySelector('svg.qr')?.dataset.url })),
          );
      let slips = await listed(page);
      assert.deepEqual(
        slips.map((x) => x.code),
        codes,
      );
      for (const x of slips) assert.equal(x.url, `${ctx.base}/rate/${x.code}`);
      await shot(page, 'slips-360');
      await axeCheck(page, 'rating slips at 360 px');
      // Printed: A4 pages (8 slips a page: the 3 codes fit on one).
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.equal(pages, 1, `the slips of 3 codes print on ${pages} A4 pages`);
      const desk = await newPage(ctx, { width: 1440, height: 900 });
      await desk.goto(page.url());
      await desk.getByTestId('slip').first().waitFor();
      await shot(desk, 'slips-1440');
      await axeCheck(desk, 'rating slips at 1440 px');
      // Scanning the first slip opens the rating page; once rated, its slip is gone.
      const resident = await newPage(ctx, { width: 360, height: 740, login: false });
      await resident.goto(slips[0].url);
      await resident.getByLabel('5 分').check({ force: true });
      await resident.getByRole('button', { name: '提交评价' }).click();
      await resident.getByTestId('rate-thanks').waitFor();
      await page.reload();
      await page.getByTestId('slip').first().waitFor();
      slips = await listed(page);
      assert.deepEqual(
        slips.map((x) => x.code),
        codes.slice(1),
      );
    },
  ],
  [
    'points awarded under a rule and redeemed at the supermarket on a phone',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const page = await newPage(ctx, { width: 360, height: 780 });
      await page.goto(`${ctx.base}/forms/points?courtyard=${encodeURIComponent(c.id)}`);
      const household = page.getByLabel('农户');
      await page.waitForFunction(() => document.querySelectorAll('select[name=household] option').length > 1);
      const hid = await household.locator('option').nth(1).getAttribute('value');
      await household.selectOption(hid);
      const rule = page.getByLabel('积分规则');
      await page.waitForFunction(() =>
        [...document.querySelectorAll('select')].some(
          (s) => s.options[0]?.textContent?.includes('其他事由') && s.options.length > 1,
        ),
      );
      // The rule worth the most points (the village confirms nothing for a rule in force).
      const rules = (
        await ctx.api.q('{ pointRules(first: 100, where: {active: true}) { edges { node { id points } } } }')
      ).pointRules.edges.map((e) => e.node);
      await rule.selectOption(rules.sort((a, b) => b.points - a.points)[0].id);
      const before = (
        await ctx.api.q('query($h: ID!) { node(id: $h) { ... on Household { pointBalance } } }', { h: hid })
      ).node.pointBalance;
      await page.getByRole('button', { name: '积分登记' }).click();
      await page.getByText(/已记录 .* 分/).waitFor();
      await shot(page, 'points-award-360');
      const after = (
        await ctx.api.q('query($h: ID!) { node(id: $h) { ... on Household { pointBalance } } }', { h: hid })
      ).node.pointBalance;
      assert.ok(after >= before, 'the balance did not fall');
      // Redeem the cheapest good the balance covers.
      await page.goto(`${ctx.base}/forms/redeem?courtyard=${encodeURIComponent(c.id)}`);
      await page.waitForFunction(() => document.querySelectorAll('input[id^=qty-]').length > 0, null, {
        timeout: 15_000,
      });
      await page.getByLabel('农户').selectOption(hid);
      const items = (
        await ctx.api.q(
          'query($c: ID!) { node(id: $c) { ... on Courtyard { village { supermarketItems(where: {active: true}) { edges { node { id pointsCost stock } } } } } } }',
          { c: c.id },
        )
      ).node.village.supermarketItems.edges.map((e) => e.node);
      const item = items
        .filter((i) => i.stock > 0 && i.pointsCost <= after)
        .sort((a, b) => a.pointsCost - b.pointsCost)[0];
      assert.ok(item, `a good the household can afford (balance ${after})`);
      await page.locator(`[id="qty-${item.id}"]`).fill('1');
      await page.getByRole('button', { name: '积分兑换' }).click();
      await page.getByText(/已兑换，余额/).waitFor();
      await shot(page, 'points-redeem-360');
      const final = (
        await ctx.api.q('query($h: ID!) { node(id: $h) { ... on Household { pointBalance } } }', { h: hid })
      ).node.pointBalance;
      assert.equal(final, after - item.pointsCost);
    },
  ],
  [
    'three fast taps on 积分登记 at 360 px record one entry; the form opened from a courtyard names it',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const page = await newPage(ctx, { width: 360, height: 740 });
      await page.goto(`${ctx.base}/forms/points?courtyard=${encodeURIComponent(c.id)}`);
      // The courtyard by its name, not （已选）.
      await courtyardNamed(page, c);
      assert.equal(await page.getByText('（已选）').count(), 0);
      await page.waitForFunction(() => document.querySelectorAll('select[name=household] option').length > 1);
      const household = page.getByLabel('农户', { exact: true });
      const hid = await household.locator('option').nth(1).getAttribute('value');
      await household.selectOption(hid);
      const rules = (
        await ctx.api.q('{ pointRules(first: 100, where: {active: true}) { edges { node { id points } } } }')
      ).pointRules.edges.map((e) => e.node);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('select')].some(
          (s) => s.options[0]?.textContent?.includes('其他事由') && s.options.length > 1,
        ),
      );
      await page.getByLabel('积分规则').selectOption(rules[0].id);
      const entries = async () =>
        (
          await ctx.api.q('query($h: ID!) { node(id: $h) { ... on Household { pointEntries { totalCount } } } }', {
            h: hid,
          })
        ).node.pointEntries.totalCount;
      const before = await entries();
      const button = page.getByRole('button', { name: '积分登记' });
      await shot(page, 'points-filled-360');
      await button.click({ clickCount: 3 });
      await page.getByText(/已记录 .* 分/).waitFor();
      // Two more taps on the spot after success, as the officer did: the form
      // is empty again and its button waits for a household.
      const box = await button.boundingBox();
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      assert.equal(await household.inputValue(), '', 'the form reset after success');
      assert.ok(await button.isDisabled(), 'the button waits for the next household');
      await shot(page, 'points-recorded-360');
      assert.equal(await entries(), before + 1, 'one entry for three taps (and two more after)');
      assert.equal(
        await page.evaluate(() => JSON.parse(localStorage.getItem('ybh.outbox') ?? '[]').length),
        0,
        'outbox emptied',
      );
      // The same forms on a desktop.
      const wide = await newPage(ctx, { width: 1440, height: 900 });
      for (const form of ['points', 'redeem', 'lecture', 'ticket', 'issue']) {
        await wide.goto(`${ctx.base}/forms/${form}?courtyard=${encodeURIComponent(c.id)}`);
        await courtyardNamed(wide, c);
        await shot(wide, `form-${form}-1440`);
      }
      for (const form of ['redeem', 'lecture', 'ticket']) {
        await page.goto(`${ctx.base}/forms/${form}?courtyard=${encodeURIComponent(c.id)}`);
        await courtyardNamed(page, c);
        await shot(page, `form-${form}-360`);
      }
      // The form fits the phone (the navigation bar is another screen's matter).
      assert.ok(
        await page.evaluate(() => document.querySelector('.phone-form').getBoundingClientRect().right <= innerWidth),
        'the form fits 360 px',
      );
    },
  ],
  [
    'a list exported as CSV with progress, and the red board with its print view',
    async (ctx) => {
      const page = await newPage(ctx);
      await page.goto(`${ctx.base}/boards/tickets`);
      await page.locator('h1.page-title').waitFor();
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '导出 CSV' }).first().click();
      await page.getByText(/导出完成/).waitFor({ timeout: 30_000 });
      const file = await download;
      const text = await (await import('node:fs/promises')).readFile(await file.path(), 'utf8');
      assert.ok(text.split('\n').length > 1, 'the CSV has rows');
      const v = (await ctx.api.q('{ villages(first: 1, orderBy: [{field: CODE}]) { edges { node { id } } } }')).villages
        .edges[0].node.id;
      await page.goto(
        `${ctx.base}/boards/red?town=${encodeURIComponent(ctx.town.id)}&village=${encodeURIComponent(v)}`,
      );
      await page.locator('table.red-board').waitFor();
      await shot(page, 'board-red-village');
      await page.getByRole('link', { name: '打印 A4 红榜' }).click();
      await page.locator('.print-a4 table').waitFor();
      await shot(page, 'red-board-print');
    },
  ],
  [
    'the data explorer runs GraphiQL with the example tabs without the internet',
    async (ctx) => {
      const page = await newPage(ctx, { who: ANALYST });
      // Offline: any request leaving the server is refused (GraphiQL once came from a CDN).
      const outside = [];
      await page.context().route(
        (url) => url.origin !== ctx.base,
        (route) => {
          outside.push(route.request().url());
          return route.abort('internetdisconnected');
        },
      );
      // /graphiql, the address the server prints, opens the explorer.
      await page.goto(`${ctx.base}/graphiql`);
      await page.waitForURL(/\/explorer$/);
      const examples = await fetch(`${ctx.base}/graphiql/examples.json`).then((r) => r.json());
      assert.ok(examples.examples.length >= 8);
      const tabs = page.locator('.graphiql-tab');
      await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
      await page.waitForFunction(
        (n) => document.querySelectorAll('.graphiql-tab').length === n,
        examples.examples.length,
        { timeout: 30_000 },
      );
      await tabs.first().click();
      const text = await runFirstExample(page, examples.examples[0].name);
      assert.match(text, /figures/);
      assert.doesNotMatch(text, /"errors"/);
      await shot(page, 'explorer-graphiql-1280');
      assert.deepEqual(outside, [], 'nothing fetched from outside the server');
      assert.deepEqual(page.errors.map(String), []);
      const phone = await newPage(ctx, { who: ANALYST, width: 360, height: 780 });
      await phone.goto(`${ctx.base}/explorer`);
      await phone.locator('.graphiql-container').waitFor({ timeout: 30_000 });
      await runFirstExample(phone, examples.examples[0].name);
      await phone.locator('.graphiql').scrollIntoViewIfNeeded();
      await shot(phone, 'explorer-360');
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(
        width <= 362,
        `/explorer is ${width} px wide at 360 px:\n    ${(await overflowing(phone)).join('\n    ')}`,
      );
    },
  ],
  [
    'an administrator adds an account, which logs in, and disables it',
    async (ctx) => {
      const NEW = { username: 'e2e-new-official', password: 'e2e-new-official-pw-1' };
      const page = await newPage(ctx);
      await page.goto(`${ctx.base}/accounts`);
      const form = page.getByRole('form', { name: '新增账号' });
      await form.getByLabel('用户名').fill(NEW.username);
      // A refusal first: too short a password, shown at its field.
      await form.getByLabel('初始密码').fill('short');
      await form.getByLabel('角色').selectOption('TOWN_OFFICIAL');
      await form.getByLabel('辖区编码').fill(ctx.town.code);
      await form.getByRole('button', { name: '新增账号' }).click();
      await form.getByText('密码至少需要 10 个字符').waitFor();
      assert.equal(await form.getByLabel('初始密码').getAttribute('aria-invalid'), 'true');
      await shot(page, 'accounts-refused-1280');
      await form.getByLabel('初始密码').fill(NEW.password);
      await form.getByRole('button', { name: '新增账号' }).click();
      await page.getByText(`已新增账号 ${NEW.username}`).waitFor();
      const state = page.getByTestId(`account-state-${NEW.username}`);
      await state.filter({ hasText: '正常' }).waitFor();
      await shot(page, 'accounts-added-1280');
      // The new account logs in and sees its town.
      const official = await newPage(ctx, { who: NEW });
      await official.getByText('当前账号仅可查看其辖区').waitFor();
      await kpi(official, 'TICKETS_SUBMITTED');
      // Disabled by the administrator: its session ends and it cannot log in again.
      await page.getByRole('button', { name: `停用 ${NEW.username}` }).click();
      await state.filter({ hasText: '已停用' }).waitFor();
      await shot(page, 'accounts-disabled-1280');
      const d = await ctx.api.q(
        'query($u: String!) { users(where: {username: $u}) { edges { node { disabled role areaCode } } } }',
        { u: NEW.username },
      );
      assert.deepEqual(
        d.users.edges.map((e) => e.node),
        [{ disabled: true, role: 'TOWN_OFFICIAL', areaCode: ctx.town.code }],
      );
      const refused = await fetch(`${ctx.base}/query`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($i: LoginInput!) { login(input: $i) { token } }',
          variables: { i: NEW },
        }),
      }).then((r) => r.json());
      assert.equal(refused.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'a disabled account cannot log in');
      await official.reload();
      await official.getByRole('button', { name: '登录' }).waitFor();
      // The form on a phone.
      const phone = await newPage(ctx, { width: 360, height: 780 });
      await phone.goto(`${ctx.base}/accounts`);
      await phone.getByRole('form', { name: '新增账号' }).getByLabel('角色').selectOption('COURTYARD_OFFICER');
      await phone.getByLabel('查找院坝').waitFor();
      await phone.getByTestId(`account-state-${NEW.username}`).waitFor();
      const button = await phone.getByRole('button', { name: `启用 ${NEW.username}` }).boundingBox();
      assert.ok(button && button.x + button.width <= 360, 'the enable button is on the phone screen');
      await shot(phone, 'accounts-360');
      const width = await phone.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(
        width <= 362,
        `/accounts is ${width} px wide at 360 px:\n    ${(await overflowing(phone)).join('\n    ')}`,
      );
      assert.deepEqual(page.errors.map(String), []);
    },
  ],
  [
    'phone layout at 360 px: overview, courtyard and boards fit the width',
    async (ctx) => {
      const c = await firstCourtyard(ctx.api);
      const page = await newPage(ctx, { width: 360, height: 780 });
      await kpi(page, 'COURTYARDS');
      await shot(page, 'overview-360');
      for (const [route, name] of [
        [`/courtyard/${encodeURIComponent(c.id)}`, 'courtyard-360'],
        ['/forms', 'forms-360'],
        ['/boards/tickets', 'board-tickets-360'],
        ['/boards/issues', 'board-issues-360'],
      ]) {
        await page.goto(`${ctx.base}${route}`);
        await page.locator('h1.page-title').waitFor();
        await page.waitForTimeout(300);
        await shot(page, name);
        const width = await page.evaluate(() => document.documentElement.scrollWidth);
        assert.ok(
          width <= 362,
          `${route} is ${width} px wide at 360 px:\n    ${(await overflowing(page)).join('\n    ')}`,
        );
      }
    },
  ],
  [
    'offline: installable, opens with no network, a form queues and the entry goes out once when the network returns',
    async (ctx) => {
      // The manifest and its icons.
      const manifest = await fetch(`${ctx.base}/manifest.webmanifest`);
      assert.equal(manifest.headers.get('content-type'), 'application/manifest+json');
      const m = await manifest.json();
      assert.equal(m.name, '院坝汇');
      for (const icon of m.icons) {
        const r = await fetch(`${ctx.base}${icon.src}`);
        assert.equal(r.headers.get('content-type'), 'image/png', icon.src);
      }
      const sw = await fetch(`${ctx.base}/sw.js`);
      assert.match(sw.headers.get('content-type'), /javascript/);
      assert.equal(sw.headers.get('cache-control'), 'no-cache');

      // A courtyard officer: the courtyard's 信息员 (informant), who collects issues.
      const c = (
        await ctx.api.q(
          `{ courtyards(first: 20, orderBy: [{field: CODE}]) { edges { node { id code name households { totalCount }
             roleAssignments(where: {endedAtIsNil: true, role: INFORMANT}) { edges { node { residentID } } } } } } }`,
        )
      ).courtyards.edges
        .map((e) => e.node)
        .find((n) => n.households.totalCount >= 3 && n.roleAssignments.edges.length > 0);
      const OFFICER = { username: 'e2e-officer', password: 'e2e-officer-password-1' };
      const added = await ctx.api.q(
        'mutation($i: AddAccountInput!) { addAccount(input: $i) { userErrors { message } } }',
        {
          i: {
            ...OFFICER,
            role: 'COURTYARD_OFFICER',
            areaCode: c.code,
            residentId: c.roleAssignments.edges[0].node.residentID,
          },
        },
      );
      assert.deepEqual(added.addAccount.userErrors, []);

      const page = await newPage(ctx, { width: 360, height: 780, who: OFFICER });
      // Online once: the service worker installs (precaching the shell) and
      // the form's catalogues are answered (and kept).
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      const form = `${ctx.base}/forms/issue?courtyard=${encodeURIComponent(c.id)}`;
      await page.goto(form);
      await page.locator('select option', { hasText: c.name }).first().waitFor({ state: 'attached' });

      await page.context().setOffline(true);
      await page.reload();
      // The app opens, as the same officer, from the service worker.
      await page.getByRole('navigation', { name: '主导航' }).waitFor();
      await page.getByTestId('account-name').waitFor();
      await page.getByTestId('outbox-banner').getByText('当前无网络').waitFor();
      await page.locator('select option', { hasText: c.name }).first().waitFor({ state: 'attached' });
      // Server paths are not answered by the app shell.
      const health = await page
        .context()
        .newPage()
        .then(async (p) => {
          const ok = await p.goto(`${ctx.base}/healthz`).then(
            () => true,
            () => false,
          );
          await p.close();
          return ok;
        });
      assert.equal(health, false, '/healthz must not be answered offline');

      const title = `E2E 离线填报 ${Date.now()}`;
      await page.getByLabel('议题', { exact: true }).fill(title);
      await page.getByLabel('类别').selectOption('PUBLIC_FACILITY');
      await page.getByRole('button', { name: '收集议题' }).click();
      await page.getByRole('alert').filter({ hasText: '网络中断' }).waitFor();
      await page.getByRole('link', { name: '查看待发记录' }).click();
      await page.getByRole('heading', { name: '待发记录' }).waitFor();
      const item = page.getByTestId('outbox-item').filter({ hasText: '收集议题' });
      assert.equal(await item.getAttribute('data-status'), 'waiting');
      await shot(page, 'outbox-offline-360');
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      assert.ok(
        width <= 362,
        `/outbox is ${width} px wide at 360 px:\n    ${(await overflowing(page)).join('\n    ')}`,
      );

      // Back online: it goes out by itself, once.
      await page.context().setOffline(false);
      await page.locator('[data-testid="outbox-item"][data-status="sent"]').waitFor();
      await shot(page, 'outbox-sent-360');
      const count = async () =>
        (await ctx.api.q('query($t: String!) { issues(where: {title: $t}) { totalCount } }', { t: title })).issues
          .totalCount;
      assert.equal(await count(), 1);
      await page.reload();
      await page.getByRole('heading', { name: '待发记录' }).waitFor();
      assert.equal(await count(), 1, 'sent once, not again after a reload');
      await page.setViewportSize({ width: 1440, height: 900 });
      await shot(page, 'outbox-1440');
      assert.deepEqual(page.errors.map(String), []);
    },
  ],
  [
    'officer and cadre at 360 px land on the home, see their to-dos, nothing scrolls sideways',
    async (ctx) => {
      // A courtyard officer: the resident behind an active post of a courtyard
      // with an issue waiting at the officer's step.
      const issue = (
        await ctx.api.q(
          '{ issues(first: 1, where: {stageIn: [COLLECTED, CONFIRMED, DECIDED, EXECUTED]}) { edges { node { courtyard { id } } } } }',
        )
      ).issues.edges[0].node;
      const post = (
        await ctx.api.q(
          'query($c: ID!) { roleAssignments(first: 1, where: {courtyardID: $c, endedAtIsNil: true}) { edges { node { resident { id } courtyard { code } } } } }',
          { c: issue.courtyard.id },
        )
      ).roleAssignments.edges[0].node;
      const OFFICER = { username: 'e2e-officer', password: 'e2e-officer-password-1' };
      await ctx.api.q('mutation($i: AddAccountInput!) { addAccount(input: $i) { user { username } } }', {
        i: { ...OFFICER, role: 'COURTYARD_OFFICER', areaCode: post.courtyard.code, residentId: post.resident.id },
      });
      for (const [who, name] of [
        [OFFICER, 'home-officer'],
        [VILLAGE, 'home-cadre'],
      ]) {
        for (const width of [360, 1440]) {
          const page = await newPage(ctx, { width, height: width === 360 ? 740 : 900, who });
          await page.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
          await page.locator('.home-list').first().waitFor();
          const todos = await page.locator('.home-list:not([data-kind="COURTYARD"])').count();
          assert.ok(todos > 0, `${who.username} sees to-dos on the home`);
          await page.waitForTimeout(300);
          await shot(page, `${name}-${width}`);
          const overflow = await page.evaluate(() => document.scrollingElement.scrollWidth - window.innerWidth);
          assert.ok(
            overflow <= 0,
            `the home is ${overflow} px too wide at ${width}:\n    ${(await overflowing(page)).join('\n    ')}`,
          );
          if (width === 360) {
            const bar = page.getByRole('navigation', { name: '手机导航' });
            assert.ok(await bar.getByRole('link', { name: '专员填报' }).isVisible(), 'forms in the bottom bar');
            assert.ok(await bar.getByRole('button', { name: 'English' }).isVisible(), 'the language in the bottom bar');
          }
          assert.deepEqual(page.errors.map(String), []);
          await page.context().close();
        }
      }
    },
  ],
  [
    "a day's work at 360 px from the home: a courtyard officer and a village cadre, nothing scrolls sideways",
    async (ctx) => {
      // The network cut (the app opens, queued entries go out once) is the
      // offline test's; the three taps of the points form are folded in here.
      // The officer, the courtyard's 代办员 (agent, who handles its tickets): in
      // the cadre's village, a courtyard with households,
      // goods in the supermarket and fewer than five issues waiting (so the one
      // raised today is on the home's first page).
      const v = (
        await ctx.api.q(
          `query($v: ID!) { node(id: $v) { ... on Village { pointsConfirmAbove
             supermarketItems(where: {active: true}) { edges { node { id pointsCost stock } } }
             courtyards(first: 50, orderBy: [{field: CODE}]) { edges { node { id code name
               households(first: 1) { totalCount edges { node { residents(first: 1) { edges { node { id } } } } } }
               issues(where: {stageIn: [COLLECTED, CONFIRMED, DECIDED, EXECUTED]}) { totalCount }
               roleAssignments(where: {endedAtIsNil: true, role: AGENT}) { edges { node { residentID } } } } } } } } }`,
          { v: ctx.village.id },
        )
      ).node;
      const c = v.courtyards.edges
        .map((e) => e.node)
        .find((n) => n.households.totalCount >= 3 && n.roleAssignments.edges.length > 0 && n.issues.totalCount < 4);
      assert.ok(c, `a courtyard of ${ctx.village.name} for the officer`);
      const OFFICER = { username: 'e2e-day-officer', password: 'e2e-day-officer-password-1' };
      const added = await ctx.api.q(
        'mutation($i: AddAccountInput!) { addAccount(input: $i) { userErrors { message } } }',
        {
          i: {
            ...OFFICER,
            role: 'COURTYARD_OFFICER',
            areaCode: c.code,
            residentId: c.roleAssignments.edges[0].node.residentID,
          },
        },
      );
      assert.deepEqual(added.addAccount.userErrors, []);

      // A theme of the quarter no lecture follows yet (the seeded ones all have
      // one), for the home to list: the village's themes kept, one added.
      const quarter = (() => {
        const d = new Date(Date.now() + 8 * 3600_000);
        return `${d.getUTCFullYear()}Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
      })();
      const themed = await ctx.api.q(
        `query($v: ID!, $q: String!) { quarterThemes(first: 5, where: {villageID: $v, quarter: $q}) { edges { node { title topic { id } } } }
             lectureTopics(first: 50) { edges { node { id active } } } }`,
        { v: ctx.village.id, q: quarter },
      );
      const kept = themed.quarterThemes.edges.map((e) => ({ topicId: e.node.topic.id, title: e.node.title }));
      const free = themed.lectureTopics.edges
        .map((e) => e.node)
        .find((tp) => tp.active && !kept.some((k) => k.topicId === tp.id));
      if (kept.length >= 2 && kept.length < 3 && free) {
        const set = await ctx.api.q(
          'mutation($i: SetQuarterThemesInput!) { setQuarterThemes(input: $i) { userErrors { message } } }',
          {
            i: {
              villageId: ctx.village.id,
              quarter,
              themes: [...kept, { topicId: free.id, title: 'E2E 移风易俗进院坝' }],
            },
          },
        );
        assert.deepEqual(set.setQuarterThemes.userErrors, []);
      }

      const page = await newPage(ctx, { width: 360, height: 740, who: OFFICER });
      const bar = page.getByRole('navigation', { name: '手机导航' });
      const home = async () => {
        await bar.getByRole('link', { name: '首页' }).click();
        await page.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
        await page.locator('.home-list').first().waitFor();
      };
      const formsMenu = async (tile) => {
        await bar.getByRole('link', { name: '专员填报' }).click();
        await page.locator('.menu-tiles').getByRole('link', { name: tile }).click();
        // The officer's one courtyard, chosen by a tap.
        await page.locator(`select option[value="${c.id}"]`).first().waitFor({ state: 'attached' });
        await page.getByLabel('院坝', { exact: true }).selectOption(c.id);
      };
      await page.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
      await page.locator('.home-list').first().waitFor();
      await fits(page, 'the home');
      await axeCheck(page, 'the officer’s home at 360 px');

      // 1. A ticket from the courtyard's page, with a photo of its documents.
      await page.locator('.home-list[data-kind="COURTYARD"]').getByRole('link', { name: c.name }).click();
      await page.getByRole('heading', { name: c.name, level: 1 }).waitFor();
      await fits(page, 'the courtyard');
      await page.locator('.quick-actions').getByRole('link', { name: '代办登记' }).click();
      await courtyardNamed(page, c);
      await page.waitForFunction(() => document.querySelectorAll('select[name=applicant] option').length > 1);
      const applicant = await page.getByLabel('申请人').locator('option').nth(1).getAttribute('value');
      await page.getByLabel('申请人').selectOption(applicant);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('select')].some(
          (s) => s.options.length > 1 && s.options[1].textContent.includes('时限'),
        ),
      );
      await page.getByLabel('代办事项').selectOption({ index: 1 });
      await page.locator('input[name=docs]').first().waitFor();
      for (const box of await page.locator('input[name=docs]').all()) await box.check();
      await fits(page, 'the ticket form');
      await page.getByRole('button', { name: '代办登记' }).click();
      await page.waitForURL(/\/forms\/ticket\/.+/);
      const ticket = decodeURIComponent(new URL(page.url()).pathname.split('/').pop());
      const photos = page.getByTestId('ticket-photos');
      const document = await photos.locator('select[name=photoDocument] option').nth(1).getAttribute('value');
      await photos.locator('select[name=photoDocument]').selectOption(document);
      await photos.getByTestId('photo-input').setInputFiles({
        name: 'documents.png',
        mimeType: 'image/png',
        buffer: tinyPNG(),
      });
      await photos.getByText('已上传').waitFor();
      await photos.getByTestId('photo-gallery').locator('img').first().waitFor();
      await shot(page, 'day-ticket-photo-360');
      await fits(page, 'the ticket with its photo');
      const t = await ctx.api.q('query($id: ID!) { node(id: $id) { ... on Ticket { status photos { document } } } }', {
        id: ticket,
      });
      assert.deepEqual(
        t.node.photos.map((p) => p.document),
        [document],
        'the photo names its document',
      );

      // 2. An issue a resident raised at the village office (collecting is the
      // informant's, not the agent's) waits on the home; its next step.
      const title = `E2E 一天的议题 ${Date.now()}`;
      const raised = await ctx.api.q(
        'mutation($i: RaiseIssueInput!) { raiseIssue(input: $i) { issue { id } userErrors { message } } }',
        {
          i: {
            courtyardID: c.id,
            category: 'PUBLIC_FACILITY',
            title,
            raisedByID: c.households.edges[0].node.residents.edges[0].node.id,
          },
        },
      );
      assert.deepEqual(raised.raiseIssue.userErrors, []);
      const issue = raised.raiseIssue.issue.id;
      await home();
      await page.locator('.home-list[data-kind="ISSUE"]').getByRole('link', { name: title }).click();
      await page.getByLabel('议题范围').fill('院坝内 2 处水沟');
      await fits(page, 'the issue step');
      await page.getByRole('button', { name: '确定议题' }).click();
      await page.getByTestId('issue-stage').filter({ hasText: '确定' }).waitFor();
      const stage = await ctx.api.q('query($id: ID!) { node(id: $id) { ... on Issue { stage } } }', { id: issue });
      assert.equal(stage.node.stage, 'CONFIRMED');

      // 3. A lecture (the home's theme without a lecture, if the quarter has
      // one, is chosen), its rating slips printed, one scanned and rated.
      await home();
      const themeLink = page.locator('.home-list[data-kind="THEME"] a', { hasText: ctx.village.name }).first();
      if (await themeLink.count()) {
        const href = await themeLink.getAttribute('href');
        const theme = new URL(href, ctx.base).searchParams.get('theme');
        await themeLink.click();
        // An officer of one courtyard has it chosen; of several, chooses it.
        if (new URL(page.url()).searchParams.get('courtyard') !== c.id) {
          await page.locator(`select option[value="${c.id}"]`).first().waitFor({ state: 'attached' });
          await page.getByLabel('院坝', { exact: true }).selectOption(c.id);
        }
        await courtyardNamed(page, c);
        await page.waitForFunction((id) => document.querySelector('select[name=theme]')?.value === id, theme);
        console.log('  (the lecture on the theme the home listed)');
      } else {
        console.log('  (no theme of the village on the home: the lecture from the forms menu)');
        await formsMenu('记录宣讲');
        await page.waitForFunction(() => document.querySelectorAll('select[name=theme] option').length > 1);
        await page.getByLabel(/主题（/).selectOption({ index: 1 });
      }
      await page.getByLabel('宣讲人', { exact: true }).selectOption('guest');
      await page.getByLabel('外请宣讲人姓名').fill('镇司法所 王律师');
      await page.getByLabel('参加人数').fill('18');
      await page.getByLabel('生成评价码数量').fill('2');
      await fits(page, 'the lecture form');
      await page.getByRole('button', { name: '记录宣讲' }).click();
      await page.getByTestId('lecture-codes').waitFor();
      await page.getByTestId('lecture-slips').click();
      await page.waitForURL(/\/print\/rating-slips\?session=/);
      await page.getByTestId('slip').first().waitFor();
      const slips = await page
        .getByTestId('slip')
        .evaluateAll((els) => els.map((e) => ({ code: e.dataset.code, url: e.querySelector('svg.qr')?.dataset.url })));
      assert.equal(slips.length, 2);
      await fits(page, 'the rating slips');
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      // The scan: a resident's phone opens the slip's address and rates.
      const resident = await newPage(ctx, { width: 360, height: 740, login: false });
      await resident.goto(slips[0].url);
      await resident.getByLabel('4 分').check({ force: true });
      await fits(resident, 'the rating page');
      await resident.getByRole('button', { name: '提交评价' }).click();
      await resident.getByTestId('rate-thanks').waitFor();
      await resident.context().close();
      const session = new URL(page.url()).searchParams.get('session');
      const left = await ctx.api.q('query($s: ID!) { ratingSlips(session: $s) { code } }', { s: session });
      assert.deepEqual(
        left.ratingSlips.map((x) => x.code),
        [slips[1].code],
        'the scanned slip is used, the other still to hand out',
      );

      // The print view has no navigation: the phone's back gesture.
      await page.goBack();
      await bar.waitFor();

      // 4. Points: under a rule the village needs not confirm, three taps record
      // one entry; a free reason waits for the cadre; goods redeemed.
      const rule = (
        await ctx.api.q('{ pointRules(first: 100, where: {active: true}) { edges { node { id points } } } }')
      ).pointRules.edges
        .map((e) => e.node)
        .filter((r) => r.points > 0 && r.points <= v.pointsConfirmAbove)
        .sort((a, b) => b.points - a.points)[0];
      assert.ok(rule, `a rule of at most ${v.pointsConfirmAbove} points`);
      await formsMenu('积分登记');
      await page.waitForFunction(() => document.querySelectorAll('select[name=household] option').length > 1);
      const household = page.getByLabel('农户', { exact: true });
      const hid = await household.locator('option').nth(1).getAttribute('value');
      const ledger = async () =>
        (
          await ctx.api.q(
            'query($h: ID!) { node(id: $h) { ... on Household { pointBalance pointEntries { totalCount } } } }',
            { h: hid },
          )
        ).node;
      const before = await ledger();
      await household.selectOption(hid);
      await page.waitForFunction(() =>
        [...document.querySelectorAll('select')].some(
          (s) => s.options[0]?.textContent?.includes('其他事由') && s.options.length > 1,
        ),
      );
      await page.getByLabel('积分规则').selectOption(rule.id);
      await fits(page, 'the points form');
      await page.getByRole('button', { name: '积分登记' }).click({ clickCount: 3 });
      await page.getByText(/已记录 .* 分（已确认）/).waitFor();
      let after = await ledger();
      assert.equal(after.pointEntries.totalCount, before.pointEntries.totalCount + 1, 'three taps, one entry');
      assert.equal(after.pointBalance, before.pointBalance + rule.points);
      const reason = `E2E 义务清扫院坝 ${Date.now()}`;
      await household.selectOption(hid);
      await page.getByLabel('积分', { exact: true }).fill('3');
      await page.getByLabel('事由').fill(reason);
      await page.getByRole('button', { name: '积分登记' }).click();
      await page.getByText(/已记录 3 分（待确认）/).waitFor();
      after = await ledger();
      assert.equal(after.pointBalance, before.pointBalance + rule.points, 'a proposal counts nothing yet');

      const item = v.supermarketItems.edges
        .map((e) => e.node)
        .filter((i) => i.stock > 0 && i.pointsCost <= after.pointBalance)
        .sort((a, b) => a.pointsCost - b.pointsCost)[0];
      assert.ok(item, `a good the household can afford (balance ${after.pointBalance})`);
      await formsMenu('积分兑换');
      await page.waitForFunction(() => document.querySelectorAll('input[id^=qty-]').length > 0);
      await page.getByLabel('农户', { exact: true }).selectOption(hid);
      await page.locator(`[id="qty-${item.id}"]`).fill('1');
      await fits(page, 'the redeem form');
      await page.getByRole('button', { name: '积分兑换' }).click({ clickCount: 3 });
      await page.getByText(/已兑换，余额/).waitFor();
      await shot(page, 'day-redeem-360');
      const spent = await ledger();
      assert.equal(spent.pointBalance, after.pointBalance - item.pointsCost, 'three taps, one redemption');
      await home();
      await fits(page, 'the home at the end of the day');

      // The network cut: the app opens, an award tapped three times waits in
      // the outbox and goes out once when the network returns (the offline
      // test covers installing and the outbox screen).
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.context().setOffline(true);
      await page.reload();
      await page.getByTestId('outbox-banner').getByText('当前无网络').waitFor();
      await page.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
      await fits(page, 'the home offline');
      await formsMenu('积分登记');
      await page.waitForFunction(() => document.querySelectorAll('select[name=household] option').length > 1);
      await household.selectOption(hid);
      await page.getByLabel('积分规则').selectOption(rule.id);
      await page.getByRole('button', { name: '积分登记' }).click({ clickCount: 3 });
      await page.getByRole('alert').filter({ hasText: '网络中断' }).waitFor();
      assert.equal(
        await page.evaluate(() => JSON.parse(localStorage.getItem('ybh.outbox') ?? '[]').length),
        1,
        'one entry waits in the outbox',
      );
      await page.context().setOffline(false);
      await page.waitForFunction(() => JSON.parse(localStorage.getItem('ybh.outbox') ?? '[]').length === 0, null, {
        timeout: 30_000,
      });
      const back = await ledger();
      assert.equal(back.pointEntries.totalCount, after.pointEntries.totalCount + 1, 'the queued award went out once');
      assert.equal(back.pointBalance, spent.pointBalance + rule.points);
      assert.deepEqual(page.errors.map(String), []);
      await page.context().close();

      // 5. The village cadre confirms the proposal from the home (four eyes).
      const cadre = await newPage(ctx, { width: 360, height: 740, who: VILLAGE });
      await cadre.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
      await fits(cadre, 'the cadre’s home');
      await cadre.locator('.home-list[data-kind="PROPOSAL"]').getByRole('link', { name: reason }).click();
      const proposal = cadre.getByTestId('points-proposal');
      await proposal.getByTestId('proposal-status').filter({ hasText: '待确认' }).waitFor();
      await fits(cadre, 'the proposal');
      await axeCheck(cadre, 'a points proposal at 360 px');
      await shot(cadre, 'day-proposal-360');
      await proposal.getByRole('button', { name: '确认' }).click({ clickCount: 3 });
      await proposal.getByTestId('proposal-status').filter({ hasText: '已确认' }).waitFor();
      assert.equal(await proposal.getByRole('button', { name: '驳回' }).count(), 0, 'decided once');
      const entry = decodeURIComponent(new URL(cadre.url()).searchParams.get('entry'));
      const decided = await ctx.api.q(
        'query($id: ID!) { node(id: $id) { ... on PointEntry { status proposedBy { username } decidedBy { username } } } }',
        { id: entry },
      );
      assert.deepEqual(decided.node, {
        status: 'CONFIRMED',
        proposedBy: { username: OFFICER.username },
        decidedBy: { username: VILLAGE.username },
      });
      assert.equal((await ledger()).pointBalance, back.pointBalance + 3, 'confirmed, the proposal counts');
      await cadre.getByRole('navigation', { name: '手机导航' }).getByRole('link', { name: '首页' }).click();
      await cadre.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
      await cadre.locator('.home-list').first().waitFor();
      // No longer waiting on the home (once the home has read myWork again).
      await cadre.getByRole('link', { name: reason }).waitFor({ state: 'detached' });
      assert.deepEqual(cadre.errors.map(String), []);
      await cadre.context().close();

      // The officer's home and the proposal at 1440 px too.
      const wide = await newPage(ctx, { width: 1440, height: 900, who: OFFICER });
      await wide.getByRole('heading', { name: '我的工作台', level: 1 }).waitFor();
      await wide.locator('.home-list').first().waitFor();
      await axeCheck(wide, 'the officer’s home at 1440 px');
      await wide.context().close();
      const wideCadre = await newPage(ctx, { width: 1440, height: 900, who: VILLAGE });
      await wideCadre.goto(`${ctx.base}/forms/points?entry=${encodeURIComponent(entry)}`);
      await wideCadre.getByTestId('proposal-status').filter({ hasText: '已确认' }).waitFor();
      await axeCheck(wideCadre, 'a decided points proposal at 1440 px');
      await wideCadre.context().close();
    },
  ],
  [
    'boards: the lecture matrix and the red board at district level, without choosing a town (1440 and 360 px)',
    async (ctx) => {
      for (const width of [1440, 360]) {
        const page = await newPage(ctx, { width, height: width > 400 ? 900 : 740 });
        await page.goto(`${ctx.base}/boards/lectures`);
        const towns = page.getByTestId('lecture-towns');
        await towns.locator('tbody tr').first().waitFor();
        assert.equal(await page.getByText('请先选择乡镇街道').count(), 0);
        await shot(page, `lectures-district-${width}`);
        await axeCheck(page, `the district's lecture matrix at ${width} px`);
        await page.goto(`${ctx.base}/boards/red`);
        const board = page.locator('table.red-board');
        await board.locator('tbody tr').first().waitFor();
        assert.ok(
          await board.getByRole('columnheader', { name: '所在地' }).isVisible(),
          'households of the district say where',
        );
        await shot(page, `red-board-district-${width}`);
        await axeCheck(page, `the district's red board at ${width} px`);
        assert.deepEqual(page.errors.map(String), []);
        await page.context().close();
      }
    },
  ],
  [
    'boards: the ticket board has town and village columns, time-limit bands in words and a second page',
    async (ctx) => {
      const { tickets } = await ctx.api.q(
        '{ tickets(where: { statusIn: [SUBMITTED, ACCEPTED, IN_PROGRESS] }) { totalCount } }',
      );
      assert.ok(tickets.totalCount > 20, `more than a page of 20 open tickets (${tickets.totalCount})`);
      for (const width of [1440, 360]) {
        const page = await newPage(ctx, { width, height: width > 400 ? 900 : 740 });
        await page.goto(`${ctx.base}/boards/tickets?size=20`);
        const table = page.getByTestId('tickets-board');
        await table.locator('tbody tr').first().waitFor();
        for (const name of ['乡镇街道', '村（社区）', '时限状态'])
          assert.ok(await table.getByRole('columnheader', { name, exact: true }).count(), `column ${name}`);
        assert.equal(await table.locator('tbody tr').count(), 20);
        assert.match(await page.getByTestId('tickets-page').textContent(), /第 1 页/);
        const first = await table.locator('tbody tr').first().textContent();
        await page.getByRole('button', { name: '下一页' }).click();
        await page.getByTestId('tickets-page').filter({ hasText: '第 2 页' }).waitFor();
        await page.waitForFunction(
          (f) => document.querySelector('[data-testid="tickets-board"] tbody tr')?.textContent !== f,
          first,
        );
        assert.match(page.url(), /after=/);
        await shot(page, `tickets-board-${width}`);
        await axeCheck(page, `the ticket board at ${width} px`);
        assert.deepEqual(page.errors.map(String), []);
        await page.context().close();
      }
    },
  ],
  [
    "boards: a village page's KPI card opens the village's list, its totalCount the card's; a count chart ticks whole numbers",
    async (ctx) => {
      const { villages } = await ctx.api.q(
        '{ villages(first: 1, orderBy: [{ field: CODE }]) { edges { node { id } } } }',
      );
      const village = villages.edges[0].node.id;
      const page = await newPage(ctx, { width: 1440, height: 900 });
      await page.goto(`${ctx.base}/village/${encodeURIComponent(village)}`);
      const card = await kpi(page, 'TICKETS_SUBMITTED');
      await page.locator('a.kpi', { has: page.getByTestId('kpi-TICKETS_SUBMITTED') }).click();
      await page.waitForURL(/\/list\/tickets/);
      const where = JSON.parse(new URL(page.url()).searchParams.get('where'));
      assert.equal(where.villageID, village, 'filtered to the village');
      const { tickets } = await ctx.api.q('query($w: TicketWhereInput) { tickets(where: $w) { totalCount } }', {
        w: where,
      });
      assert.equal(tickets.totalCount, card, 'the list counts what the card says');
      // The trend counts: its value axis ticks whole numbers only.
      await page.goto(`${ctx.base}/village/${encodeURIComponent(village)}`);
      await page.waitForFunction(() => document.querySelector('.chart [data-y-ticks]'));
      const ticks = await page.locator('.chart [data-y-ticks]').first().getAttribute('data-y-ticks');
      for (const v of ticks.split(',').map(Number)) assert.ok(Number.isInteger(v), `tick ${v} of ${ticks}`);
      assert.deepEqual(page.errors.map(String), []);
      await page.context().close();
    },
  ],
  [
    'live board: a ticket submitted through the API shows on the open tickets board within 2 s, without reload',
    async (ctx) => {
      const page = await newPage(ctx, { width: 1440, height: 900 });
      await page.goto(`${ctx.base}/boards/tickets`);
      const title = page.getByRole('heading', { name: /未办结 \S+ 件/ });
      await title.waitFor();
      await page.locator('.live-indicator.live-connected').waitFor();
      const before = await title.textContent();
      const d = await ctx.api.q(
        '{ serviceTypes(first: 1) { edges { node { id modes requiredDocuments } } } residents(first: 1) { edges { node { id } } } }',
      );
      const st = d.serviceTypes.edges[0].node;
      const start = Date.now();
      await ctx.api.q(
        'mutation($i: SubmitTicketInput!) { submitTicket(input: $i) { ticket { id } userErrors { message } } }',
        {
          i: {
            applicantId: d.residents.edges[0].node.id,
            serviceTypeId: st.id,
            mode: st.modes[0],
            documentsReceived: st.requiredDocuments,
          },
        },
      );
      await page.waitForFunction(
        (old) =>
          [...document.querySelectorAll('h2, h3')].some((h) => /未办结/.test(h.textContent) && h.textContent !== old),
        before,
        { timeout: 5000 },
      );
      const took = Date.now() - start;
      console.log(`    live board: submitted → shown in ${took} ms`);
      assert.ok(took <= 2000, `the board changed ${took} ms after the step, more than 2 s`);
      await axeCheck(page, 'the live tickets board');
      await shot(page, 'live-tickets-1440');
      assert.deepEqual(page.errors.map(String), []);
      await page.context().close();
      const phone = await newPage(ctx, { width: 360, height: 740 });
      await phone.goto(`${ctx.base}/boards/tickets`);
      await phone.locator('.live-indicator.live-connected').waitFor();
      await fits(phone, 'the live tickets board at 360 px');
      await shot(phone, 'live-tickets-360');
      await phone.context().close();
    },
  ],
  [
    'briefing: the overview’s link opens the period’s briefing, which prints on at most 4 A4 pages with the flags, the best and lagging towns and the overview’s figures',
    async (ctx) => {
      const page = await newPage(ctx, { width: 1440, height: 900 });
      await page.goto(`${ctx.base}/`);
      await kpi(page, 'COURTYARDS');
      const period = await page.getByLabel('期间').inputValue();
      // The overview's cards: each value and its change, as shown.
      const cards = async (p, prefix) =>
        p
          .locator(`.kpi-value[data-testid^="${prefix}"]`)
          .evaluateAll(
            (els, pre) =>
              Object.fromEntries(
                els.map((e) => [
                  e.dataset.testid.slice(pre.length),
                  `${e.textContent} ${e.parentElement.querySelector('.kpi-change')?.textContent ?? ''}`,
                ]),
              ),
            prefix,
          );
      const overview = await cards(page, 'kpi-');
      assert.ok(Object.keys(overview).length >= 20, `the overview shows its cards: ${Object.keys(overview)}`);
      await page.getByRole('link', { name: '简报' }).click();
      await page.waitForURL(/\/print\/briefing\?/);
      assert.equal(new URL(page.url()).searchParams.get('period'), period, 'the briefing keeps the period');
      const briefing = page.getByTestId('briefing');
      await briefing.waitFor();
      await page.locator('[data-testid^="briefing-best-"]').first().waitFor();
      await page.waitForFunction(() => document.querySelectorAll('.svg-chart[data-ready] svg').length === 2);
      await chartsDrawn(page, 2);
      assert.equal(await page.locator('.header').isVisible(), false, 'no app frame');
      // The same figures, values and changes, as the overview's cards.
      assert.deepEqual(await cards(page, 'briefing-kpi-'), overview);
      const title = await page.locator('h1.page-title').textContent();
      assert.match(title, /院坝汇工作简报/);
      assert.match(title, /\d{4}年/);

      // The flags, counts and first items, as the API has them.
      const { redFlags } = await ctx.api.q('{ redFlags(first: 3) { flags { kind totalCount items { subject } } } }');
      for (const f of redFlags.flags) {
        const row = page.locator(`[data-testid=briefing-flags] tr[data-kind=${f.kind}]`);
        assert.equal(await row.locator('td.num').textContent(), String(f.totalCount), f.kind);
        for (const it of f.items) assert.ok((await row.textContent()).includes(it.subject), `${f.kind}: ${it.subject}`);
      }
      // The best and lagging towns, as the ranking has them.
      const rank = async (bottom) =>
        (
          await ctx.api.q(
            `query($p: String!, $b: Boolean!) { ranking(metric: TICKETS_ON_TIME_SHARE, level: TOWN, where: {period: $p}, bottom: $b, first: 3) { subject { name } } }`,
            { p: period, b: bottom },
          )
        ).ranking
          .slice(0, 3)
          .map((r) => r.subject.name);
      const names = async (id) => page.getByTestId(id).locator('.rank-name').allTextContents();
      assert.deepEqual(await names('briefing-best-TICKETS_ON_TIME_SHARE'), await rank(false));
      assert.deepEqual(await names('briefing-lagging-TICKETS_ON_TIME_SHARE'), await rank(true));
      assert.ok((await rank(false)).length > 0, 'a town is ranked');
      // The article's figures: the period's as stats has them.
      const { stats } = await ctx.api.q(
        'query($p: String!) { stats(metrics: [DISPUTES_MEDIATED, LECTURES], where: {period: $p}) { rows { values } } }',
        { p: period },
      );
      const article = page.getByTestId('briefing-article');
      const [disputes, lectures] = stats.rows[0].values;
      assert.equal(
        await article.locator('tr[data-metric=DISPUTES_MEDIATED] td.num').first().textContent(),
        disputes.toLocaleString('zh-CN'),
      );
      assert.equal(
        await article.locator('tr[data-metric=LECTURES] td.num').first().textContent(),
        lectures.toLocaleString('zh-CN'),
      );
      await axeCheck(page, 'the briefing at 1440 px');
      await shot(page, 'briefing-1440');

      // Printed: A4 pages (595 × 842 points), at most 4, nothing of the screen's frame.
      await page.emulateMedia({ media: 'print' });
      await shot(page, 'briefing-print');
      assert.equal(
        await page.getByRole('button', { name: '打印' }).isVisible(),
        false,
        'the print button is not printed',
      );
      const printed = await briefing.innerText();
      for (const f of redFlags.flags) assert.ok(printed.includes(String(f.totalCount)));
      for (const n of [...(await rank(false)), ...(await rank(true))]) assert.ok(printed.includes(n), n);
      for (const v of Object.values(overview)) assert.ok(printed.includes(v.split(' ')[0]), v);
      await page.emulateMedia({ media: 'screen' });
      const pdf = await page.pdf({ format: 'A4' });
      assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
      const text = pdf.toString('latin1');
      // A4 is 595.28 × 841.89 points; Chromium writes 595.92 × 842.88 (whole device units): 595 × 842, within a point.
      const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => {
        const [w, h] = [Number(m[3]), Number(m[4])];
        assert.ok(Math.abs(w - 595.28) < 1 && Math.abs(h - 841.89) < 1, `an A4 page: ${w} × ${h}`);
        return `${Math.trunc(w)}×${Math.trunc(h)}`;
      });
      const pages = text.match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      assert.ok(pages >= 1 && pages <= 4, `the briefing prints on ${pages} A4 pages`);
      assert.equal(boxes.length, pages, `a MediaBox a page: ${boxes}`);
      assert.deepEqual(new Set(boxes), new Set(['595×842']), `A4 pages: ${boxes}`);
      console.log(`  briefing: ${pages} A4 pages, ${Math.round(pdf.length / 1024)} KiB`);
      assert.deepEqual(page.errors.map(String), []);
      await page.context().close();

      // On a phone: readable, nothing sticking out.
      const phone = await newPage(ctx, { width: 360, height: 740 });
      await phone.goto(`${ctx.base}/print/briefing?period=${period}`);
      await phone.getByTestId('briefing').waitFor();
      await phone.locator('[data-testid^="briefing-best-"]').first().waitFor();
      await phone.waitForFunction(() => document.querySelectorAll('.svg-chart[data-ready] svg').length === 2);
      await chartsDrawn(phone, 2);
      assert.deepEqual(await overflowing(phone), [], 'nothing overflows at 360 px');
      await shot(phone, 'briefing-360');
      await axeCheck(phone, 'the briefing at 360 px');
      await phone.context().close();
    },
  ],
  [
    'big screen: tiles, trend, flags and the town ranking fill 1920 × 1080 without scrolling and refresh by themselves',
    async (ctx) => {
      const page = await newPage(ctx, { width: 1920, height: 1080 });
      await page.goto(`${ctx.base}/`);
      const courtyards = await kpi(page, 'COURTYARDS');
      const link = page.getByRole('link', { name: '大屏' });
      assert.equal(new URL(await link.getAttribute('href'), ctx.base).pathname, '/screen');
      const reads = [];
      page.on('request', (r) => {
        if (r.method() === 'POST' && r.postData()?.includes('query Screen(')) reads.push(Date.now());
      });
      await page.goto(`${ctx.base}/screen?refresh=2`);
      const screen = page.getByTestId('big-screen');
      await page.getByTestId('screen-kpi-COURTYARDS').waitFor();
      assert.equal(
        Number((await page.getByTestId('screen-kpi-COURTYARDS').textContent()).replace(/\D/g, '')),
        courtyards,
      );
      assert.equal(await screen.locator('.kpi').count(), 8, 'eight tiles');
      await page.getByTestId('screen-ranking').locator('li').first().waitFor();
      await page.waitForFunction(() => document.querySelector('.svg-chart[data-ready] svg'));
      await chartsDrawn(page, 1);
      assert.equal(await screen.locator('.screen-flags li').count(), 5, 'the five flags');
      const first = await page.getByTestId('screen-updated').textContent();
      assert.match(first, /数据更新于/);
      // A second read comes by itself (every 2 s here).
      const t0 = Date.now();
      while (reads.length < 2 && Date.now() - t0 < 10_000) await new Promise((r) => setTimeout(r, 200));
      assert.ok(reads.length >= 2, `the screen read the overview ${reads.length} times`);
      const fit = await page.evaluate(() => ({
        scroll: document.documentElement.scrollHeight,
        inner: window.innerHeight,
        width: document.documentElement.scrollWidth,
      }));
      assert.ok(fit.scroll <= fit.inner, `no vertical scroll: ${fit.scroll} > ${fit.inner}`);
      assert.ok(fit.width <= 1920, `no horizontal scroll: ${fit.width}`);
      // The clock runs.
      const clock = await page.getByTestId('screen-clock').textContent();
      await page.waitForFunction((c) => document.querySelector('[data-testid=screen-clock]')?.textContent !== c, clock);
      await shot(page, 'big-screen-1920');
      await axeCheck(page, 'the big screen at 1920 px');
      // A failed refresh keeps the data, marked stale.
      await page.route('**/query', (route) =>
        route.request().postData()?.includes('query Screen(') ? route.abort() : route.continue(),
      );
      await page.getByTestId('screen-updated').filter({ hasText: '刷新失败' }).waitFor({ timeout: 10_000 });
      await page.getByTestId('screen-kpi-COURTYARDS').waitFor();
      await page.unroute('**/query');
      await page.getByTestId('screen-updated').filter({ hasText: '数据更新于' }).waitFor({ timeout: 10_000 });
      assert.deepEqual(page.errors.map(String), []);
      await page.context().close();

      // Usable at 1280 × 720 too.
      const small = await newPage(ctx, { width: 1280, height: 720 });
      await small.goto(`${ctx.base}/screen`);
      await small.getByTestId('screen-ranking').locator('li').first().waitFor();
      await small.waitForFunction(() => document.querySelector('.svg-chart[data-ready] svg'));
      await chartsDrawn(small, 1);
      const fits = await small.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight);
      assert.ok(fits, 'no vertical scroll at 1280 × 720');
      await shot(small, 'big-screen-1280');
      await small.context().close();
    },
  ],
  [
    'the overview map: areas coloured by a metric with its legend, in one request; a village shows its courtyards',
    async (ctx) => {
      for (const width of [1440, 360]) {
        const page = await newPage(ctx, { width, height: width > 400 ? 900 : 740, login: true });
        let requests = 0;
        page.on('request', (r) => {
          if (r.url().endsWith('/query') && (r.postData() ?? '').includes('areaMap')) requests++;
        });
        await page.reload();
        const map = page.getByTestId('area-map');
        await map.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 20000 });
        assert.equal(requests, 1, "the map's data came in one request");
        // The areas below drawn, coloured by the metric (more than one colour), with the legend's two ends.
        const fills = await map.locator('path.map-area').evaluateAll((ps) => ps.map((p) => p.getAttribute('fill')));
        assert.ok(fills.length >= 2, `the areas are drawn (${fills.length})`);
        assert.ok(new Set(fills).size > 1, 'the areas have more than one colour');
        assert.match(await map.locator('.map-legend').textContent(), /\d.*\d/, 'the legend shows its two ends');
        await map.scrollIntoViewIfNeeded();
        await shot(page, `area-map-${width}`);
        // Another metric recolours: a new request, ready again.
        await map.getByLabel('地图指标').selectOption('TICKETS_OVERDUE');
        await map
          .and(page.locator('[data-state="loading"]'))
          .waitFor()
          .catch(() => {});
        await map.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 20000 });
        assert.equal(requests, 2, 'one request per metric');
        await axeCheck(page, `the overview map at ${width} px`);
        assert.deepEqual(await overflowing(page), [], 'nothing sticks out');
        assert.deepEqual(page.errors.map(String), []);
        await page.context().close();
      }
      // A village: its courtyards as points.
      const { villages } = await ctx.api.q('{ villages(first: 1) { edges { node { id } } } }');
      const page = await newPage(ctx, { width: 1440, height: 900 });
      await page.goto(`${ctx.base}/village/${encodeURIComponent(villages.edges[0].node.id)}`);
      const map = page.getByTestId('area-map');
      await map.and(page.locator('[data-state="ready"]')).waitFor({ timeout: 20000 });
      const { areaMap } = await ctx.api.q(
        `{ areaMap(area: "${villages.edges[0].node.id}", metric: TICKETS_ON_TIME_SHARE, period: "2026") { layers { level features } } }`,
      );
      assert.equal(areaMap.layers[0].level, 'COURTYARD');
      assert.ok(JSON.parse(areaMap.layers[0].features).features.length > 0, 'the village has courtyard points');
      assert.ok((await map.locator('path.map-point').count()) > 0, 'the courtyards are drawn as points');
      await map.scrollIntoViewIfNeeded();
      await shot(page, 'area-map-village-1440');
      // A click on a courtyard's dot opens it, keeping the period (at the dot's place on screen:
      // a dot is the round cap of a path of no length, which Playwright counts as invisible).
      const at = await map
        .locator('path.map-point')
        .first()
        .evaluate((p) => {
          const [, x, y] = /^M([\d.]+) ([\d.]+)/.exec(p.getAttribute('d'));
          return new DOMPoint(Number(x), Number(y)).matrixTransform(p.getScreenCTM());
        });
      await page.mouse.click(at.x, at.y);
      await page.waitForURL(/\/courtyard\/[^?]+\?period=/);
      await page.context().close();
    },
  ],
  [
    "targets: the district admin's overview shows the matrix with lights and targets; a header sorts it; a target changed in /settings changes a light",
    async (ctx) => {
      const page = await newPage(ctx, { width: 1440, height: 900 });
      const matrix = page.getByTestId('targets-matrix');
      await matrix.waitFor();
      assert.ok((await matrix.getByRole('img').count()) > 0, 'lights with an accessible name');
      assert.match(await matrix.locator('thead').textContent(), /≥/, 'targets in the header');
      const names = () => matrix.locator('tbody [data-testid="targets-row"] th').allTextContents();
      const before = await names();
      await page.getByTestId('targets-sort-TICKETS_OVERDUE').click();
      await page.getByTestId('targets-sort-TICKETS_OVERDUE').click();
      const sorted = await names();
      assert.equal(sorted.at(-1), before.at(-1), 'the total stays last');
      if (before.length > 3) assert.notDeepEqual(sorted, before, 'sorting changes the order');
      await shot(page, 'targets-1440');
      await axeCheck(page, 'the target matrix at 1440 px');
      const light = () =>
        matrix.locator('tr.targets-total td[data-metric="TICKETS_ON_TIME_SHARE"]').getAttribute('data-status');
      const was = await light();
      // In /settings: the on-time target set to 0 % (always met), then back.
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '设置' }).click();
      const input = page.getByTestId('target-TICKETS_ON_TIME_SHARE');
      await input.fill(was === 'GREEN' ? '100' : '0');
      await page.getByTestId('settings-targets').getByRole('button', { name: '保存' }).click();
      await page.getByTestId('settings-targets').getByText('已保存').waitFor();
      await shot(page, 'settings-1440');
      await axeCheck(page, 'the settings at 1440 px');
      await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '总览' }).click();
      await matrix.waitFor();
      await page.waitForFunction(
        (was) =>
          document
            .querySelector('tr.targets-total td[data-metric="TICKETS_ON_TIME_SHARE"]')
            ?.getAttribute('data-status') !== was,
        was,
      );
      await page.goto(`${ctx.base}/settings`);
      await input.fill('95');
      await page.getByTestId('settings-targets').getByRole('button', { name: '保存' }).click();
      await page.getByTestId('settings-targets').getByText('已保存').waitFor();
      assert.deepEqual(page.errors.map(String), []);
      await page.context().close();
      const phone = await newPage(ctx, { width: 360, height: 740 });
      await phone.getByTestId('targets-matrix').waitFor();
      await phone.getByTestId('targets-matrix').scrollIntoViewIfNeeded();
      await shot(phone, 'targets-360');
      await axeCheck(phone, 'the target matrix at 360 px');
      assert.ok(
        await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1),
        'the page does not scroll sideways: the matrix scrolls in its own box',
      );
      await phone.context().close();
    },
  ],
];

main()
  .catch((e) => {
    console.error(e);
    process.exitCode = 1;
  })
  .finally(cleanup);
