// A page of another web site (another origin: another loopback port) tries to read the
// internal tree: it includes EVERY file of the tree as a script (with the global callbacks of
// the tree's scripts hooked, and every new global read), fetches every file (cors and
// no-cors), and frames pages to read their documents. Against a plain static web server with
// no special headers (the files themselves must be safe) and against `raudtrad serve`, it
// reads no internal item's text. The same reading done by a page of the tree's own origin
// finds the text, so the needles and the reading are real. From file:// the internal tree's
// search says it needs a web server and leads to the register from A to Å.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, copyFixture, serve, startServe, launch, axe } from './lib.mjs';

let site, built, browser, attacker, servers = [];

// The tree's pages with internal items, by address from the tree's root (as the tree's
// open-data file lists them; addresses change shape with the site's language).
function internalOnly(tree) {
  const items = (t) => JSON.parse(readFileSync(join(built, t, 'data', 'items.json'), 'utf8')).items;
  const open = new Set(items('open').map((i) => i.id));
  return items(tree).filter((i) => !open.has(i.id));
}

function files(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...files(path)); else out.push(path);
  }
  return out;
}

before(async () => {
  site = copyFixture('search');
  built = buildSite(site);
  browser = await launch();
  // The hostile page: an empty page on a port of its own.
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!DOCTYPE html><html><head><title>Another site</title></head><body></body></html>');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  attacker = `http://127.0.0.1:${server.address().port}/`;
  servers.push({ close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) });
});
after(async () => {
  for (const s of servers) await s.close();
  await browser?.close();
});

// What the internal tree must not give away: the titles of its internal items and the
// markers written into their summaries, bodies, tasks and reports.
function needles() {
  const internal = internalOnly('internal');
  assert.ok(internal.length >= 3, 'the fixture has internal items');
  const titles = internal.map((i) => i.title).filter((t) => t.length >= 12);
  return [...new Set([...titles, 'INTERNMERKE'])];
}

// Every file of the built internal tree, by path from its root, and the names its scripts
// call at the top level (a JSONP-like file would call one).
function treeFiles() {
  const root = join(built, 'internal');
  const paths = files(root).map((f) => relative(root, f)).filter((p) => !p.startsWith('.'));
  const callbacks = new Set(['__rtS']);
  for (const p of paths.filter((p) => p.endsWith('.js'))) {
    for (const m of readFileSync(join(root, p), 'utf8').matchAll(/(?:^|[;\n])\s*([A-Za-z_$][\w$]*)\s*\(/g)) {
      if (!['function', 'if', 'for', 'while', 'switch', 'return', 'catch'].includes(m[1])) callbacks.add(m[1]);
    }
  }
  return { paths, callbacks: [...callbacks] };
}

// Runs in a page: everything a page can do to read what `base` serves. Returns what it read.
async function attack({ base, paths, pages, callbacks }) {
  const read = [];
  const keep = (how, value) => {
    let text;
    try { text = typeof value === 'string' ? value : JSON.stringify(value); } catch { text = String(value); }
    if (text) read.push([how, text]);
  };
  const hook = () => { for (const name of callbacks) window[name] = (...args) => keep(`callback ${name}`, args); };
  const globals = new Set(Object.getOwnPropertyNames(window));
  for (const p of paths) {
    hook();
    await new Promise((resolve) => {
      const s = document.createElement('script');
      s.src = base + p;
      s.onload = s.onerror = resolve;
      setTimeout(resolve, 5000);
      document.head.appendChild(s);
    });
  }
  for (const name of Object.getOwnPropertyNames(window)) {
    if (!globals.has(name)) { try { keep(`global ${name}`, window[name]); } catch { /* unreadable */ } }
  }
  for (const p of paths) {
    try { keep(`fetch ${p}`, await (await fetch(base + p)).text()); } catch { /* refused */ }
    try { keep(`no-cors fetch ${p}`, await (await fetch(base + p, { mode: 'no-cors' })).text()); } catch { /* refused */ }
  }
  for (const p of pages) {
    const frame = document.createElement('iframe');
    frame.src = base + p;
    await new Promise((resolve) => { frame.onload = resolve; setTimeout(resolve, 5000); document.body.appendChild(frame); });
    try { keep(`frame ${p}`, frame.contentDocument?.documentElement?.outerHTML); } catch { /* cross-origin */ }
    try { keep(`frame window ${p}`, frame.contentWindow.document.body.innerText); } catch { /* cross-origin */ }
    frame.remove();
  }
  return read;
}

async function attackFrom(origin, base) {
  const { paths, callbacks } = treeFiles();
  const pages = ['index.html', 'sok/index.html', ...internalOnly('internal').slice(0, 3).map((i) => i.url)];
  const page = await browser.newPage();
  try {
    await page.goto(origin);
    return await page.evaluate(attack, { base, paths, pages, callbacks });
  } finally {
    await page.close();
  }
}

function leaks(read) {
  const found = [];
  for (const [how, text] of read) {
    for (const needle of needles()) if (text.includes(needle)) found.push(`${how}: ${needle}`);
  }
  return found;
}

test('another origin reads no internal item from a plain static web server of the internal tree', async () => {
  const plain = await serve(join(built, 'internal'));
  servers.push(plain);
  const read = await attackFrom(attacker, plain.url);
  assert.deepEqual(leaks(read), []);
  // The tree's own origin reads it all the same way: the needles and the reading are real.
  const own = await attackFrom(plain.url + 'index.html', plain.url);
  assert.ok(leaks(own).some((l) => l.startsWith('fetch search/')), 'the own origin reads the index');
  assert.ok(leaks(own).some((l) => l.startsWith('frame ')), 'the own origin reads a framed page');
});

test('another origin reads no internal item from raudtrad serve, which refuses it', async () => {
  const server = await startServe(site);
  try {
    const read = await attackFrom(attacker, server.url);
    assert.deepEqual(leaks(read), [], server.output());
    // The live-reload stream is refused too.
    const page = await browser.newPage();
    await page.goto(attacker);
    const events = await page.evaluate((url) => new Promise((resolve) => {
      const source = new EventSource(url);
      source.onmessage = (e) => { source.close(); resolve(`message ${e.data}`); };
      source.onerror = () => { source.close(); resolve('refused'); };
    }), server.url + '.raudtrad/live');
    assert.equal(events, 'refused');
    await page.close();
    const own = await attackFrom(server.url + 'index.html', server.url);
    assert.ok(leaks(own).some((l) => l.startsWith('fetch search/')), 'the own origin reads the index');
    // And the preview's own search works, through the browser's real request headers.
    const mine = await browser.newPage();
    await mine.goto(server.url + 'index.html');
    await mine.focus('#rt-q');
    await mine.keyboard.type('hemmeleg');
    await mine.waitForFunction(() => document.querySelectorAll('[data-search-panel] .search-result-title').length > 0);
    const titles = await mine.locator('[data-search-panel] .search-result-title').allTextContents();
    assert.ok(titles.some((t) => t.includes('INTERNMERKE')), titles.join());
    await mine.close();
  } finally {
    await server.stop();
  }
});

test('from file:// the internal tree\'s search says it needs a web server and leads to the register', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('file://' + join(built, 'internal', 'index.html'));
  await page.focus('#rt-q');
  await page.keyboard.type('hemmeleg');
  const panel = page.locator('[data-search-panel]');
  await panel.locator('.search-none a').waitFor();
  const text = await panel.textContent();
  assert.match(text, /nettstad \(http eller https\)/);
  assert.match(await page.textContent('[data-search-status]'), /nettstad \(http eller https\)/, 'said in the live region');
  assert.deepEqual(await axe(page), [], 'the message passes WCAG 2.1 AA checks');
  const href = await panel.locator('.search-none a').getAttribute('href');
  await page.click('[data-search-panel] .search-none a');
  await page.waitForURL(/sok\/index\.html/);
  assert.ok(href.endsWith('sok/index.html'), href);
  assert.ok(await page.locator('nav.az a').count() > 3, 'the register from A to Å is there');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a theme whose base.html names no entry file still searches both trees over HTTP', async () => {
  for (const tree of ['internal', 'open']) {
    // The built front page as an older base.html renders it: without data-search-entry.
    const dir = join(built, tree);
    const old = readFileSync(join(dir, 'index.html'), 'utf8').replace(/ data-search-entry="[^"]*"/, '');
    assert.ok(!old.includes('data-search-entry'));
    const server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (path === '/old.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(old); return; }
      try {
        const body = readFileSync(join(dir, path));
        const type = path.endsWith('.js') ? 'text/javascript' : path.endsWith('.json') ? 'application/json' : path.endsWith('.css') ? 'text/css' : 'text/html; charset=utf-8';
        res.writeHead(200, { 'content-type': type });
        res.end(body);
      } catch { res.writeHead(404); res.end(); }
    });
    await new Promise((r) => server.listen(0, '127.0.0.1', r));
    servers.push({ close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) });
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${server.address().port}/old.html`);
    await page.focus('#rt-q');
    await page.keyboard.type('ferjekai');
    await page.waitForFunction(() => document.querySelectorAll('[data-search-panel] .search-result-title').length > 0, null, { timeout: 10000 });
    const titles = await page.locator('[data-search-panel] .search-result-title').allTextContents();
    assert.ok(titles.some((t) => /ferjekai/i.test(t)), `${tree}: ${titles}`);
    await page.close();
  }
});
