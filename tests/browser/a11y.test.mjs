// WCAG 2.1 A and AA in a real browser, for both trees: axe-core on one page of every page type
// (found in the built output, see pages.mjs), the keyboard path through a page, reflow at
// 320 CSS px (400 % zoom of a 1280 px window), pages without JavaScript, and the 404 page
// served for a missing path at any depth. Screenshots go to target/browser-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { buildSite, serve, launch, axe, artifacts, repo } from './lib.mjs';
import { pagesByType } from './pages.mjs';

// The leak fixture has every kind of item, public and internal; the sample municipality, when
// the repository has one, has the richest pages. Each tree is served where its site.toml says
// it is published, so the 404 page's links are the ones a reader would follow.
const sites = [
  { name: 'openness', root: join(repo, 'tests', 'fixtures', 'openness'), prefix: { open: '/styring/', internal: '/plan/' } },
];
if (existsSync(join(repo, 'site.toml')) && existsSync(join(repo, 'content'))) {
  sites.push({ name: 'sample', root: repo, prefix: { open: '/', internal: '/' } });
}

let browser;
const servers = [];

/** A new tab of the given size (a persistent context ignores options to newPage). */
async function tab(width, height) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height });
  return page;
}
before(async () => {
  browser = await launch();
  for (const site of sites) {
    site.out = buildSite(site.root);
    site.url = {};
    for (const tree of ['internal', 'open']) {
      const server = await serve(join(site.out, tree), site.prefix[tree]);
      servers.push(server);
      site.url[tree] = server.url;
    }
  }
});
after(async () => {
  for (const s of servers) await s.close();
  await browser?.close();
});

/** One page per page type and tree: of all the sites' pages of that type, the largest. */
function everyPageType() {
  const best = new Map();
  for (const site of sites) {
    for (const tree of ['internal', 'open']) {
      for (const p of pagesByType(join(site.out, tree))) {
        const key = `${tree} ${p.type}`;
        if (!best.has(key) || p.size > best.get(key).size) best.set(key, { site, tree, ...p });
      }
    }
  }
  return [...best.values()];
}

test('axe-core finds a violation where there is one', async () => {
  const page = await browser.newPage();
  await page.setContent('<!DOCTYPE html><html><head><title>x</title></head><body><main><img src="x.png"><p style="color:#bbb;background:#fff">low contrast</p></main></body></html>');
  const ids = (await axe(page)).map((v) => v.id).sort();
  assert.deepEqual(ids, ['color-contrast', 'html-has-lang', 'image-alt']);
  await page.close();
});

// One visit per page type: axe-core at 1280 px, then the same page at phone width and at
// 320 CSS px (400 % zoom of a 1280 × 900 window), with screenshots of each to look at.
test('every page type of both trees: no WCAG 2.1 A/AA violation (axe-core), reflow at 320 px', async () => {
  const violations = [];
  const reflow = [];
  const types = new Set();
  const page = await tab(1280, 900);
  for (const { site, tree, type, path } of everyPageType()) {
    types.add(`${tree} ${type}`);
    const shoot = tree === 'open';
    const shot = (size) => join(artifacts, `${site.name}-${tree}-${type.replace(/\W+/g, '_')}-${size}.png`);
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(site.url[tree] + path);
    const found = await axe(page);
    if (found.length) violations.push({ site: site.name, tree, type, path, violations: found });
    if (shoot) {
      await page.screenshot({ path: shot('desktop'), fullPage: true });
      await page.setViewportSize({ width: 375, height: 740 });
      await page.screenshot({ path: shot('phone'), fullPage: true });
    }
    await page.setViewportSize({ width: 320, height: 225 });
    const problem = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      if (document.documentElement.scrollWidth <= width + 1) return null;
      // Data tables may scroll inside their own region (WCAG 1.4.10 exempts them).
      const wide = [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-wrap'))
        .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      return `page is ${document.documentElement.scrollWidth}px wide: ${wide.slice(0, 5).join(', ')}`;
    });
    if (problem) reflow.push(`${site.name} ${tree} ${type} (${path}): ${problem}`);
    // A table wider than the screen scrolls in a region the keyboard can reach.
    const narrow = await axe(page, ['scrollable-region-focusable']);
    if (narrow.length) reflow.push(`${site.name} ${tree} ${type} (${path}) at 320 px: ${JSON.stringify(narrow)}`);
    if (shoot) await page.screenshot({ path: shot('zoom400') });
  }
  await page.close();
  // The fixture has every kind of item, so the trees have at least these page types.
  for (const t of ['front', 'landing', 'index', 'not-found', 'accessibility', 'unit', 'plan', 'goal', 'strategy', 'measure', 'verbal', 'letter', 'assignment', 'indicator', 'checklist', 'report']) {
    assert.ok(types.has(`open ${t}`) || types.has(`internal ${t}`), `page type ${t} was checked (${[...types].join(', ')})`);
  }
  assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  assert.deepEqual(reflow, []);
});

test('the keyboard reaches the skip link, the navigation and the content, with focus visible', async () => {
  const site = sites[0];
  const page = await tab(1280, 900);
  await page.goto(site.url.open + 'oppdrag/lesing.html');
  const stops = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press('Tab');
    if (i > 0 && (await page.evaluate(() => document.activeElement === document.body))) break; // past the last link
    stops.push(await page.evaluate(() => {
      const el = document.activeElement;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        where: el.closest('main') ? 'main' : el.closest('.main-nav') ? 'nav' : el.closest('.breadcrumbs') ? 'crumbs' : el.closest('header') ? 'header' : el.closest('footer') ? 'footer' : el.className === 'skip-link' ? 'skip' : el.tagName,
        text: el.textContent.trim().slice(0, 40),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        shadow: style.boxShadow !== 'none',
        onScreen: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.top < window.innerHeight,
      };
    }));
  }
  assert.ok(stops.length > 10, `Tab went through the page (${stops.length} stops)`);
  assert.equal(stops[0].where, 'skip', `the first stop is the skip link: ${JSON.stringify(stops[0])}`);
  const order = [...new Set(stops.map((s) => s.where))];
  for (const w of ['skip', 'header', 'nav', 'crumbs', 'main', 'footer']) assert.ok(order.includes(w), `Tab reaches ${w}: ${order}`);
  assert.ok(order.indexOf('nav') < order.indexOf('main'), `navigation comes before the content: ${order}`);
  for (const s of stops) {
    assert.ok(s.outline || s.shadow, `focus is visible on ${JSON.stringify(s)}`);
    assert.ok(s.onScreen, `the focused element is on screen: ${JSON.stringify(s)}`);
  }

  // The skip link moves focus to the main content.
  await page.goto(site.url.open + 'oppdrag/lesing.html');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'rt-main');
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('main')), 'the next Tab stays in the content');
  await page.screenshot({ path: join(artifacts, 'a11y-focus.png') });
  await page.close();
});

test('pages work without JavaScript', async () => {
  const noJs = await launch({ javaScriptEnabled: false });
  try {
    const page = await noJs.newPage();
    for (const { site, tree, path } of everyPageType()) {
      await page.goto(site.url[tree] + path);
      const state = await page.evaluate(() => ({
        h1: document.querySelectorAll('h1').length,
        mainVisible: document.querySelector('main').getBoundingClientRect().height > 0,
        // The site header's colour, or on a page made for paper its banner's rule.
        styled: document.querySelector('.site-header')
          ? getComputedStyle(document.querySelector('.site-header')).backgroundColor !== 'rgba(0, 0, 0, 0)'
          : getComputedStyle(document.querySelector('.doc-banner')).borderBottomStyle === 'solid',
      }));
      assert.deepEqual(state, { h1: 1, mainVisible: true, styled: true }, `${tree} ${path}`);
    }
    await page.close();
  } finally {
    await noJs.close();
  }
});

test('the 404 page finds its stylesheet and links from any depth', async () => {
  const site = sites[0];
  for (const tree of ['open', 'internal']) {
    const page = await browser.newPage();
    const response = await page.goto(site.url[tree] + 'no/such/page/at/depth');
    assert.equal(response.status(), 404);
    const bg = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')).backgroundColor);
    assert.equal(bg, 'rgb(140, 28, 19)', `${tree}: the stylesheet is loaded on the 404 page`);
    await page.click('main a');
    assert.equal(page.url(), site.url[tree] + 'index.html', `${tree}: the front-page link works from the 404 page`);
    await page.goto(site.url[tree] + 'no/such/page');
    await page.click('.main-nav a');
    assert.equal(page.url(), site.url[tree] + 'einingar/index.html', `${tree}: navigation works from the 404 page`);
    await page.close();
  }
});
