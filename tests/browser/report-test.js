// End-to-end check of the HTML report in headless Chromium (run by
// tests/report.rs). Usage:
//   node report-test.js REPORT.html SCREENSHOT.png [HOSTILE_STRING]...
// Exits 0 when every check passes; otherwise prints what failed and exits 1.
'use strict';

const fs = require('fs');
const os = require('os');
const path = require('path');
const { chromium } = require('playwright-core');

const [reportPath, screenshotPath, ...hostile] = process.argv.slice(2);
if (!reportPath || !screenshotPath) {
  console.error('usage: node report-test.js REPORT.html SCREENSHOT.png [HOSTILE]...');
  process.exit(2);
}
const executablePath = process.env.DATAREACH_CHROMIUM || '/usr/bin/chromium';

const failures = [];
function check(ok, what) {
  if (!ok) failures.push(what);
}

// Texts of the visible first cells of the matrix, in order.
async function matrixAgents(page) {
  return page.$$eval('#matrix-table tbody tr', (rows) =>
    rows.filter((r) => !r.hidden).map((r) => r.cells[0].textContent.trim()));
}

(async () => {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'datareach-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
    viewport: { width: 1400, height: 900 },
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    const consoleErrors = [];
    const pageErrors = [];
    const failedRequests = [];
    const requests = [];
    const dialogs = [];
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text()); });
    page.on('pageerror', (e) => pageErrors.push(String(e)));
    page.on('requestfailed', (r) => failedRequests.push(`${r.url()}: ${r.failure() && r.failure().errorText}`));
    page.on('request', (r) => requests.push(r.url()));
    page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });

    const url = 'file://' + path.resolve(reportPath);
    await page.goto(url, { waitUntil: 'load' });

    check(consoleErrors.length === 0, `console errors: ${JSON.stringify(consoleErrors)}`);
    check(pageErrors.length === 0, `page errors: ${JSON.stringify(pageErrors)}`);
    check(failedRequests.length === 0, `failed requests: ${JSON.stringify(failedRequests)}`);
    const foreign = requests.filter((u) => u !== url);
    check(foreign.length === 0, `the page fetched something: ${JSON.stringify(foreign)}`);
    check((await page.title()) === 'datareach exposure report', 'title');

    // Hostile strings render as text: visible verbatim, nothing injected.
    await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
    const text = await page.evaluate(() => document.body.innerText);
    for (const h of hostile) {
      check(text.includes(h), `hostile string not shown as text: ${h}`);
    }
    check(dialogs.length === 0, `a dialog opened: ${JSON.stringify(dialogs)}`);
    check((await page.$$('img')).length === 0, 'an <img> element was injected');
    check((await page.evaluate(() => document.scripts.length)) === 1, 'a <script> element was injected');
    await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = false; }));

    await page.screenshot({ path: screenshotPath, fullPage: true });

    // Sorting: the agent column twice gives descending order.
    const before = await matrixAgents(page);
    check(before.length >= 2, `matrix has rows: ${JSON.stringify(before)}`);
    const agentHeader = page.locator('#matrix-table thead th', { hasText: /^agent$/ });
    await agentHeader.click();
    await agentHeader.click();
    const sorted = await matrixAgents(page);
    const expected = [...before].sort((a, b) => b.localeCompare(a));
    check(JSON.stringify(sorted) === JSON.stringify(expected),
      `sorting by agent: got ${JSON.stringify(sorted)}, want ${JSON.stringify(expected)}`);
    check(JSON.stringify(sorted) !== JSON.stringify(before), 'sorting changed nothing');
    check((await agentHeader.getAttribute('aria-sort')) === 'descending', 'aria-sort');

    // A numeric column sorts by value.
    const piiHeader = page.locator('#matrix-table thead th', { hasText: /^PII$/ });
    await piiHeader.click();
    const idx = await piiHeader.evaluate((th) => Array.prototype.indexOf.call(th.parentNode.children, th));
    const values = await page.$$eval('#matrix-table tbody tr', (rows, i) =>
      rows.map((r) => Number(r.cells[i].getAttribute('data-v'))), idx);
    check(values.every((v, i) => i === 0 || values[i - 1] <= v), `PII column ascending: ${values}`);

    // Filtering hides the rows that do not match.
    const target = before[0];
    await page.fill('#filter', target);
    const filtered = await matrixAgents(page);
    check(filtered.length >= 1 && filtered.length < before.length,
      `filter '${target}' left ${JSON.stringify(filtered)} of ${before.length}`);
    check(filtered.every((a) => a.includes(target)), `filtered rows: ${JSON.stringify(filtered)}`);
    const agentSections = await page.$$eval('details.agent', (ds) =>
      ds.filter((d) => !d.hidden).map((d) => d.querySelector('summary').textContent));
    check(agentSections.length >= 1 && agentSections.length < before.length,
      `filter '${target}' left agent sections ${JSON.stringify(agentSections)}`);
    const countText = await page.textContent('#filter-count');
    check(/ of \d+ shown/.test(countText || ''), `filter count: ${countText}`);
    await page.fill('#filter', '');
    check((await matrixAgents(page)).length === before.length, 'clearing the filter shows every row');

    // The metric selector rewrites the cells.
    const cell = page.locator('#matrix-table td.cell[data-findings]:not([data-findings="0"])').first();
    const findings = await cell.getAttribute('data-findings');
    await page.selectOption('#metric', 'findings');
    check((await cell.textContent()) === findings, `metric switch: ${await cell.textContent()} != ${findings}`);

    check(consoleErrors.length === 0 && pageErrors.length === 0,
      `errors while interacting: ${JSON.stringify(consoleErrors.concat(pageErrors))}`);
    console.log(JSON.stringify({ rows: before.length, sorted, filtered, screenshot: screenshotPath }));
  } finally {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error('report browser test failed:\n  ' + failures.join('\n  '));
    process.exit(1);
  }
})().catch((e) => {
  console.error('report browser test crashed: ' + (e && e.stack || e));
  process.exit(1);
});
