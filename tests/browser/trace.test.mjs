// Den raude tråden in a browser: the goal, assignment, task and traceability pages pass axe
// (WCAG 2.1 AA) in both trees, have no script, the matrix scrolls inside its own focusable
// region on a phone and at 400 % zoom, and a count in the matrix leads to what it counts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSite, copyFixture, serve, launch, axe, artifacts } from './lib.mjs';

let out, browser;
before(async () => {
  out = buildSite(copyFixture('trace'));
  browser = await launch();
});
after(async () => { await browser?.close(); });

const pages = [
  'raud-trad/index.html',
  'raud-trad/samfunnsdel.html',
  'raud-trad/hop.html',
  'mal/g-oppvekst.html',
  'mal/g-lesing-tidleg.html',
  'oppdrag/a-leseglede.html',
  ];

for (const tree of ['internal', 'open']) {
  test(`${tree}: the traceability pages pass axe and have no script`, async () => {
    const server = await serve(join(out, tree));
    try {
      const page = await browser.newPage();
      for (const path of pages) {
        const response = await page.goto(server.url + path);
        assert.equal(response.status(), 200, path);
        // The only script is the search box's (docs/search.md).
        assert.deepEqual(await page.evaluate(() => [...document.scripts].map((s) => s.src.split('/').slice(-2).join('/'))), ['assets/search.js'], `${path} has another script`);
        assert.equal(await page.evaluate(() => document.querySelectorAll('h1').length), 1, path);
        const violations = await axe(page);
        assert.deepEqual(violations, [], `${tree}/${path}: ${JSON.stringify(violations, null, 1)}`);
      }
      await page.close();
    } finally { await server.close(); }
  });
}

test('the matrix scrolls in its own region on a phone and at 400 % zoom, reachable by keyboard', async () => {
  const server = await serve(join(out, 'internal'));
  try {
    // 1280 px at 400 % is 320 CSS px wide.
    for (const width of [360, 320]) {
      // The browser is a persistent context: its newPage() takes no viewport option.
      const page = await browser.newPage();
      await page.setViewportSize({ width, height: 740 });
      await page.goto(server.url + 'raud-trad/index.html');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert.ok(overflow <= 1, `no sideways scrolling of the page at ${width}px (${overflow}px)`);
      const region = await page.evaluate(() => {
        const r = document.querySelector('.matrix-wrap');
        return { scrolls: r.scrollWidth > r.clientWidth, tabindex: r.getAttribute('tabindex'), label: r.getAttribute('aria-labelledby') };
      });
      assert.ok(region.scrolls, 'the wide matrix scrolls inside its region');
      assert.equal(region.tabindex, '0');
      await page.focus('.matrix-wrap');
      await page.keyboard.press('ArrowRight');
      // Scrolling by key may be animated: wait for it.
      await page.waitForFunction(() => document.querySelector('.matrix-wrap').scrollLeft > 0, null, { timeout: 5000 });
      await page.screenshot({ path: join(artifacts, `trace-matrix-${width}.png`), fullPage: true });
      for (const path of ['mal/g-oppvekst.html', 'oppdrag/a-leseglede.html']) {
        await page.goto(server.url + path);
        const o = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(o <= 1, `${path} fits ${width}px (${o}px)`);
      }
      await page.close();
    }
  } finally { await server.close(); }
});

test('a count in the matrix leads to the list of what it counts', async () => {
  const server = await serve(join(out, 'open'));
  try {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(server.url + 'raud-trad/samfunnsdel.html');
    const row = page.locator('table.matrix tr', { has: page.locator('th a', { hasText: 'Gode oppvekstvilkår' }) });
    const cell = row.locator('td').nth(2); // Oppvekst
    assert.equal((await cell.locator('a.cell-count').innerText()).trim(), '4');
    await cell.locator('a.cell-count').click();
    await page.waitForURL(/mal\/g-oppvekst\.html#rt-unit-oppvekst$/);
    await page.waitForLoadState('load');
    const listed = await page.evaluate(() => {
      const h = document.getElementById('rt-unit-oppvekst');
      const rect = h.getBoundingClientRect();
      return { count: h.nextElementSibling.querySelectorAll(':scope > li').length, inView: rect.top >= 0 && rect.top < window.innerHeight };
    });
    assert.equal(listed.count, 4);
    assert.ok(listed.inView, 'the list is scrolled into view');
    await page.screenshot({ path: join(artifacts, 'trace-goal.png'), fullPage: true });
    await page.close();
  } finally { await server.close(); }
});
