// Measures how fast the overview paints in headless Chromium against a
// running server (e.g. the full district on PostgreSQL):
//
//   node e2e/paint.mjs http://127.0.0.1:8080 USER PASSWORD [runs]
//
// Prints, per run, the time from navigation to the KPI cards holding the
// server's numbers, to the first chart drawn, and to the map drawn.
import { chromium } from 'playwright-core';

const [base, username, password, runs = '3'] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' })).newPage();
await page.goto(`${base}/`);
await page.getByLabel('用户名').fill(username);
await page.getByLabel('密码').fill(password);
await page.getByRole('button', { name: '登录' }).click();
await page.getByRole('navigation', { name: '主导航' }).waitFor();
for (let i = 0; i < Number(runs); i++) {
  await page.goto('about:blank');
  const t0 = Date.now();
  await page.goto(`${base}/`);
  await page.waitForFunction(
    () => /\d/.test(document.querySelector('[data-testid="kpi-TICKETS_SUBMITTED"]')?.textContent ?? ''),
    null,
    { timeout: 60_000 },
  );
  const kpis = Date.now() - t0;
  await page.locator('canvas').first().waitFor({ timeout: 60_000 });
  const chart = Date.now() - t0;
  await page.getByText(/显示 .* 个院坝/).waitFor({ timeout: 120_000 });
  const map = Date.now() - t0;
  console.log(`run ${i + 1}: KPI cards ${kpis} ms, first chart ${chart} ms, map ${map} ms`);
}
await browser.close();
