// What a person sees: pages render with the theme, the skip link works from the keyboard,
// links work from file:// and under a sub-path, and the layout holds at phone width. Every
// page type of both trees (of the sample and of the fixture with every kind of item) is
// opened at 390 px and 1366 px: the document never scrolls sideways and a screenshot of each
// is kept (RAUDTRAD_ARTIFACTS/widths/); the menu works by keyboard, with and without
// JavaScript; at 1366 px no table is cut.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSite, serve, launch, artifacts, repo } from './lib.mjs';
import { pagesByType } from './pages.mjs';

let out, fixtureOut, browser;
before(async () => {
  out = buildSite();
  fixtureOut = buildSite(join(repo, 'tests', 'fixtures', 'openness'));
  browser = await launch();
});
after(async () => { await browser?.close(); });

/** The widths a reader meets: a phone (390 px) and a common laptop (1366 px). */
const WIDTHS = [390, 1366];

/** Every page type of both trees of the sample and of the fixture with every kind of item. */
function everyPage() {
  const out_ = [];
  for (const [site, dir] of [['sample', out], ['openness', fixtureOut]]) {
    for (const tree of ['internal', 'open']) {
      for (const p of pagesByType(join(dir, tree))) out_.push({ site, tree, dir: join(dir, tree), ...p });
    }
  }
  return out_;
}

test('no page of either tree scrolls sideways at 390 px or 1366 px; screenshots of each page type', async () => {
  const wide = [];
  const page = await browser.newPage();
  const servers = new Map();
  try {
    for (const p of everyPage()) {
      if (!servers.has(p.dir)) servers.set(p.dir, await serve(p.dir));
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(servers.get(p.dir).url + p.path);
        const found = await page.evaluate(() => {
          const doc = document.documentElement;
          if (doc.scrollWidth <= doc.clientWidth) return null;
          // What sticks out, outside any region made to scroll on its own.
          const out = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > doc.clientWidth + 0.5 && !el.parentElement.closest('.table-wrap, .scroll-region'))
            .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
          return `${doc.scrollWidth} > ${doc.clientWidth}: ${out.slice(0, 4).join(', ')}`;
        });
        if (found) wide.push(`${p.site} ${p.tree} ${p.type} ${p.path} at ${width}px: ${found}`);
        const name = `${p.site}-${p.tree}-${p.type.replace(/\W+/g, '_')}-${width}.png`;
        await page.screenshot({ path: join(artifacts, 'widths', name), fullPage: true });
      }
    }
  } finally {
    for (const s of servers.values()) await s.close();
    await page.close();
  }
  assert.deepEqual(wide, []);
});

test('the skip link is the first stop and moves focus to the main content', async () => {
  const server = await serve(join(out, 'internal'));
  try {
    const page = await browser.newPage();
    await page.goto(server.url + 'index.html');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ cls: document.activeElement.className, visible: document.activeElement.getBoundingClientRect().top >= 0 }));
    assert.equal(focused.cls, 'skip-link');
    assert.ok(focused.visible, 'the focused skip link is on screen');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#rt-main');
    await page.close();
  } finally { await server.close(); }
});

test('the theme is applied and links work under a sub-path', async () => {
  const server = await serve(join(out, 'open'), '/kommune/styring/');
  try {
    const page = await browser.newPage();
    const response = await page.goto(server.url + 'index.html');
    assert.equal(response.status(), 200);
    const headerBg = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
    assert.equal(headerBg, 'rgb(140, 28, 19)', 'the stylesheet is loaded');
    // Follow the first navigation link and one link from that index page.
    await page.click('.main-nav a');
    assert.match(page.url(), /\/kommune\/styring\/einingar\/index\.html$/);
    await page.click('main a');
    assert.equal((await page.evaluate(() => document.querySelectorAll('h1').length)), 1);
    assert.ok(!(await page.title()).startsWith('404'));
    await page.close();
  } finally { await server.close(); }
});

test('pages open from file:// with their stylesheet', async () => {
  const page = await browser.newPage();
  await page.goto('file://' + join(out, 'internal', 'einingar', 'index.html'));
  const href = await page.getAttribute('main a', 'href');
  await page.click('main a');
  // The click waits for the navigation to start, not for the new page's stylesheet.
  await page.waitForLoadState('load');
  // A unit's page is a file in the units' folder, not a folder of its own.
  assert.match(page.url(), /\/internal\/einingar\/[a-z0-9._-]+\.html$/, `followed ${href}`);
  // A file:// page may not read a stylesheet's rules (Chromium gives each file its own origin),
  // so check that the stylesheet is linked and has its effect.
  const loaded = await page.evaluate(() => [...document.styleSheets].some((s) => s.href && s.href.endsWith('raudtrad.css'))
    && getComputedStyle(document.querySelector('.site-header')).backgroundColor === 'rgb(140, 28, 19)');
  assert.ok(loaded, 'the stylesheet loads from disk');
  await page.close();
});

test('a unit page fits a phone screen and is kept as a screenshot', async () => {
  const server = await serve(join(out, 'internal'));
  try {
    // A persistent context's newPage() takes no options: set the phone viewport on the page.
    const page = await browser.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url + 'einingar/index.html');
    await page.click('main .org-tree a');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling of the page (${overflow}px)`);
    await page.screenshot({ path: join(artifacts, 'unit-phone.png'), fullPage: true });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.screenshot({ path: join(artifacts, 'unit-desktop.png'), fullPage: true });
    await page.close();
  } finally { await server.close(); }
});

// A task has no page: its links lead to its section of its assignment's page, from file://
// as from a server, in both trees.
for (const tree of ['internal', 'open']) {
  test(`${tree}: a task's link from file:// opens its section on its assignment's page`, async () => {
    const page = await browser.newPage();
    await page.goto('file://' + join(out, tree, 'oppgaver.html'));
    const link = page.locator('main a[href*="#"]').first();
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL(/\/oppdrag\/[a-z0-9._-]+\.html#[a-z0-9._-]+$/);
    const id = decodeURIComponent(new URL(page.url()).hash.slice(1));
    assert.ok(href.endsWith('#' + id), `followed ${href} to ${page.url()}`);
    const target = await page.evaluate(() => {
      const t = document.querySelector(':target');
      return t && { tag: t.tagName, cls: t.className, heading: t.querySelector('h3')?.textContent };
    });
    assert.equal(target?.tag, 'SECTION', 'the anchor is the task\'s section');
    assert.match(target.cls, /\btask\b/);
    assert.ok(target.heading && target.heading.length > 0, 'the section has its heading');
    await page.close();
  });
}
test('the menu works by keyboard and without JavaScript, at most 7 entries, on both widths', async () => {
  const server = await serve(join(out, 'internal'));
  const noJs = await launch({ javaScriptEnabled: false });
  try {
    for (const [name, context] of [['with JavaScript', browser], ['without JavaScript', noJs]]) {
      const page = await context.newPage();
      // Wide: every group is a link in one row, at most seven.
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(server.url + 'index.html');
      const top = await page.$$eval('.main-nav .nav-top > li > a', (as) => as.filter((a) => a.offsetParent).map((a) => a.textContent.trim()));
      assert.ok(top.length >= 4 && top.length <= 7, `${name}: ${top.length} entries: ${top}`);
      assert.equal(new Set(top).size, top.length, `no entry twice: ${top}`);
      assert.equal(await page.isVisible('.nav-menu summary'), false, `${name}: no menu button on a wide screen`);

      // Narrow: one menu button; Enter opens it, the links inside take focus, Enter follows one.
      await page.setViewportSize({ width: 390, height: 800 });
      await page.goto(server.url + 'index.html');
      assert.equal(await page.isVisible('.nav-top'), false, `${name}: the row of entries is folded away`);
      assert.ok(await page.isVisible('.nav-menu summary'), `${name}: a menu button`);
      assert.equal(await page.isVisible('.nav-menu a'), false, `${name}: the menu starts closed`);
      const navHeight = await page.$eval('.main-nav', (n) => n.getBoundingClientRect().height);
      assert.ok(navHeight < 60, `${name}: the closed menu is one row (${navHeight}px)`);
      // Tab from the search button to the menu button.
      await page.focus('.site-search button');
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.activeElement.tagName), 'SUMMARY', `${name}: Tab reaches the menu button`);
      await page.keyboard.press('Enter');
      assert.ok(await page.isVisible('.nav-menu a'), `${name}: Enter opens the menu`);
      await page.keyboard.press('Tab');
      const first = await page.evaluate(() => ({ tag: document.activeElement.tagName, inMenu: !!document.activeElement.closest('.nav-menu') }));
      assert.deepEqual(first, { tag: 'A', inMenu: true }, `${name}: Tab goes into the open menu`);
      const href = await page.evaluate(() => document.activeElement.href);
      await page.keyboard.press('Enter');
      await page.waitForURL(href);
      await page.goto(server.url + 'index.html');
      await page.click('.nav-menu summary');
      await page.screenshot({ path: join(artifacts, `menu-open-390-${name.replace(/\W+/g, '_')}.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.ok(overflow <= 0, `${name}: the open menu fits (${overflow}px)`);
      await page.close();
    }
  } finally {
    await noJs.close();
    await server.close();
  }
});

test('at 1366 px no table of the sample is cut: every table region fits its column', async () => {
  const cut = [];
  const page = await browser.newPage();
  const servers = new Map();
  try {
    for (const p of everyPage().filter((x) => x.site === 'sample')) {
      if (!servers.has(p.dir)) servers.set(p.dir, await serve(p.dir));
      await page.setViewportSize({ width: 1366, height: 900 });
      await page.goto(servers.get(p.dir).url + p.path);
      const wide = await page.evaluate(() => [...document.querySelectorAll('.table-wrap')]
        .filter((w) => w.scrollWidth > w.clientWidth + 1 && !w.querySelector('table.matrix'))
        .map((w) => `${w.getAttribute('aria-label')} (${w.scrollWidth} > ${w.clientWidth})`));
      for (const w of wide) cut.push(`${p.tree} ${p.type} ${p.path}: ${w}`);
    }
  } finally {
    for (const s of servers.values()) await s.close();
    await page.close();
  }
  assert.deepEqual(cut, []);
});

test('Min side: the filter box finds a person or a unit by part of the name; without JavaScript it is hidden and the whole list shows', async () => {
  const server = await serve(join(out, 'internal'));
  const noJs = await launch({ javaScriptEnabled: false });
  try {
    const page = await browser.newPage();
    await page.goto(server.url + 'min-side/index.html');
    const rows = () => page.$$eval('tbody tr', (trs) => trs.filter((tr) => !tr.hidden).map((tr) => tr.querySelector('th').textContent.trim()));
    const all = await rows();
    await page.getByLabel(/Finn ein person/).fill('skule');
    const some = await rows();
    assert.ok(some.length > 0 && some.length < all.length, `${some.length} of ${all.length}`);
    assert.match(await page.textContent('#rt-filter-status'), new RegExp(`${some.length} av ${all.length}`));
    // Folding as in search: "ostre" finds "Østre".
    await page.getByLabel(/Finn ein person/).fill('ostre');
    assert.ok((await rows()).some((r) => r.includes('Østre')), 'ø folds to o');
    await page.close();

    const plain = await noJs.newPage();
    await plain.goto(server.url + 'min-side/index.html');
    assert.equal(await plain.isVisible('#rt-filter'), false, 'no box that cannot work');
    assert.equal((await plain.$$('tbody tr')).length, all.length);
    await plain.close();
  } finally {
    await noJs.close();
    await server.close();
  }
});
