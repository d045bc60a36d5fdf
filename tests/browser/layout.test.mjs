// What a person sees: pages render with the theme, the skip link works from the keyboard,
// links work from file:// and under a sub-path, and the layout holds at phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSite, serve, launch, artifacts } from './lib.mjs';

let out, browser;
before(async () => {
  out = buildSite();
  browser = await launch();
});
after(async () => { await browser?.close(); });

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
