// Benchmark (not a test): what the browser fetches before the first search results, and how
// long results take after a keystroke, on a built tree, in headless Chromium, over HTTP and
// from file://. docs/performance.md has the command and the figures.
//
//   node scripts/bench-search.mjs PUBLIC_DIR [tree] [page]
//
// PUBLIC_DIR is a build's output (`raudtrad build --out PUBLIC_DIR`); tree is `open`
// (default) or `internal`; page is where the reader starts (default: the first assignment's
// page). Each query runs in a fresh browser profile (cold cache):
//
// - "typed": the page is loaded, the reader Tabs into the box and types the query at 150 ms
//   a key, as a person does; every keystroke's latency is taken from its keydown to the next
//   animation frame after the results are in the page.
// - "pasted": the query arrives at once, before anything of the index is loaded; the time is
//   from that input to the results (the index's first files are loaded inside it).
//
// - "filtered": the reader opens the search page with words and a filter in its address
//   (sok/index.html?q=…&status=…, 20 results and the filter's column); the time is from
//   the start of navigation to the results.
//
// Bytes are every response body from the start of navigation until the results of the whole
// query are shown: the page's own (HTML, CSS, search.js) and the index's (search/…).
import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, launch } from '../tests/browser/lib.mjs';

const out = resolve(process.argv[2] || 'public');
const treeName = process.argv[3] || 'open';
const tree = join(out, treeName);
// The first assignment's page (folder names as src/render/urls.rs makes them: `oppdrag/` in
// Nynorsk and Bokmål, `assignments/` in English).
const folder = ['oppdrag', 'assignments'].find((d) => { try { return statSync(join(tree, d)).isDirectory(); } catch { return false; } });
// The search page: `sok/` in Nynorsk and Bokmål, `search/` in English.
const searchPage = (['sok', 'search'].find((d) => { try { return statSync(join(tree, d, 'index.html')).isFile(); } catch { return false; } }) || 'search') + '/index.html';
const start = process.argv[4] || folder + '/' + readdirSync(join(tree, folder)).sort().find((f) => f.endsWith('.html') && f !== 'index.html');
const queries = (process.env.QUERIES || 'barnehage|barnehagane budsjett|ostre|oyane|barneh|kommunestyret vedtak plan').split('|');
const DELAY = 150;

async function filtered(base, q) {
  const browser = await launch();
  const page = await browser.newPage();
  const bytes = { page: 0, index: 0, files: 0 };
  page.on('requestfinished', async (r) => {
    const s = await r.sizes().catch(() => null);
    if (!s) return;
    const isIndex = r.url().includes('/search/') && /\.js(on)?$/.test(r.url());
    bytes[isIndex ? 'index' : 'page'] += s.responseBodySize;
    bytes.files += 1;
  });
  const status = process.env.STATUS || 'i-gang';
  await page.goto(base + searchPage + '?q=' + encodeURIComponent(q) + '&status=' + status);
  await page.waitForFunction(() => document.querySelector('[data-search-results]').getAttribute('aria-busy') === 'false' && document.querySelector('[data-search-page-status]').textContent !== '', null, { timeout: 10000 });
  const t = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  await page.waitForTimeout(50);
  const results = await page.evaluate(() => document.querySelector('[data-search-page-status]').textContent);
  await browser.close();
  return { q: q + ' + status ' + status, how: 'filtered', results, bytes, last: t, max: t, keystrokes: 0 };
}

async function measure(base, q, how) {
  const browser = await launch();
  const page = await browser.newPage();
  const bytes = { page: 0, index: 0, files: 0 };
  let counting = true;
  page.on('requestfinished', async (r) => {
    if (!counting) return;
    const s = await r.sizes().catch(() => null);
    if (!s) return;
    const isIndex = r.url().includes('/search/') && /\.js(on)?$/.test(r.url());
    bytes[isIndex ? 'index' : 'page'] += s.responseBodySize;
    bytes.files += 1;
  });
  await page.goto(base + start, { waitUntil: 'load' });
  await page.evaluate(() => {
    const b = (window.__bench = { keys: [], done: [] });
    document.addEventListener('input', () => b.keys.push(performance.now()), true);
    const list = document.querySelector('[data-search-panel] .search-results');
    new MutationObserver(() => {
      if (list.getAttribute('aria-busy') === 'false') requestAnimationFrame(() => b.done.push(performance.now()));
    }).observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
  });
  if (how === 'typed') {
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type(q, { delay: DELAY });
  } else {
    await page.evaluate((q) => {
      const input = document.querySelector('#rt-q');
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
    }, q);
  }
  await page.waitForFunction((n) => window.__bench.done.length > 0 && window.__bench.done.at(-1) > window.__bench.keys.at(-1) && document.querySelector('[data-search-panel] .search-results').getAttribute('aria-busy') === 'false', null, { timeout: 10000 });
  await page.waitForTimeout(50);
  counting = false;
  const { keys, done } = await page.evaluate(() => window.__bench);
  // Each keystroke's latency: to the first "done" after it (a later keystroke may supersede it).
  const lat = keys.map((k, i) => {
    const next = keys[i + 1] ?? Infinity;
    const d = done.find((t) => t > k);
    return d !== undefined && d <= next + 1000 ? d - k : NaN;
  }).filter((x) => !Number.isNaN(x));
  const results = await page.evaluate(() => document.querySelector('[data-search-status]').textContent);
  await browser.close();
  return { q, how, results, bytes, last: lat.at(-1), max: Math.max(...lat), keystrokes: lat.length };
}

const server = await serve(tree);
const rows = [];
try {
  // The internal tree's index is JSON, which browsers do not fetch() from disk: over HTTP only.
  const modes = [['http', server.url], ['file', 'file://' + tree + '/']].filter(([m]) => m === 'http' || treeName !== 'internal');
  for (const [mode, base] of modes) {
    for (const how of ['typed', 'pasted']) {
      for (const q of queries) rows.push({ mode, ...(await measure(base, q, how)) });
    }
    rows.push({ mode, ...(await filtered(base, queries[0])) });
  }
} finally { await server.close(); }

const kb = (n) => (n / 1000).toFixed(1);
console.log(`tree ${tree}, start page ${start}\n`);
console.log('| mode | input | query | results | page KB | index KB | total KB | files | last key → results ms (filtered: navigation → results) | slowest key ms |');
console.log('|---|---|---|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) {
  console.log(`| ${r.mode} | ${r.how} | ${r.q} | ${r.results} | ${kb(r.bytes.page)} | ${kb(r.bytes.index)} | ${kb(r.bytes.page + r.bytes.index)} | ${r.bytes.files} | ${r.last.toFixed(1)} | ${r.max.toFixed(1)} |`);
}
