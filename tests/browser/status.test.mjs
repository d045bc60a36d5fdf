// The unit status overview as a person sees it: the chart is an image with a name and a
// description, the table with the same numbers is beside it on a wide screen and below it on
// a phone, nothing scrolls sideways, axe finds no WCAG 2.1 AA violation, and screenshots are
// kept in target/browser-artifacts/ (status-overview-desktop.png, status-overview-phone.png).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { buildSite, copyFixture, serve, launch, axe, artifacts } from './lib.mjs';

let out, browser, server, openServer;
before(async () => {
  out = buildSite(copyFixture('status'));
  browser = await launch();
  server = await serve(join(out, 'internal'));
  openServer = await serve(join(out, 'open'));
});
after(async () => { await browser?.close(); await server?.close(); await openServer?.close(); });

async function open(width, path = 'status/kommune.html', tree = server) {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.goto(tree.url + path);
  return page;
}

test('the overview chart has a name and a description, with its table beside it', async () => {
  const page = await open(1280);
  // A group, not an image: its bars are links to what they count, which an image would hide.
  const chart = page.getByRole('group', { name: 'Statusoversikt: Statusby kommune' });
  assert.equal(await chart.count(), 1);
  const bars = chart.getByRole('link');
  assert.ok((await bars.count()) >= 5, 'the bars with a number are links');
  // Followed by keyboard, a bar leads down to the units below.
  await bars.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash === '#rt-below');
  const desc = await chart.evaluate((svg) => svg.querySelector('desc').textContent);
  assert.match(desc, /Oppdrag med einingane under \(totalt 7\): Ikkje starta 1, I gang 4, Fullført 2, Avbrote 0, Over frist 2\./);
  const box = await chart.boundingBox();
  const table = await page.locator('table.stats').boundingBox();
  assert.ok(box.width > 300, `the chart is drawn (${box.width}px wide)`);
  assert.ok(table.x > box.x + box.width - 1, 'the table is beside the chart on a wide screen');
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(artifacts, 'status-overview-desktop.png'), fullPage: true });
  await page.close();
});

test('on a phone the table goes below the chart and the page does not scroll sideways', async () => {
  const page = await open(360);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling (${overflow}px)`);
  const chart = await page.locator('#rt-chart-status').boundingBox();
  const table = await page.locator('table.stats').boundingBox();
  assert.ok(table.y >= chart.y + chart.height - 1, 'the table is below the chart');
  // The chart's labels stay readable: at least 12 CSS pixels high.
  const fontPx = await page.evaluate(() => {
    const t = document.querySelector('#rt-chart-status text');
    return t.getBoundingClientRect().height;
  });
  assert.ok(fontPx >= 12, `chart text is ${fontPx}px high`);
  // Tables that scroll sideways on a phone can be reached and scrolled by keyboard.
  assert.deepEqual(await axe(page), []);
  await page.screenshot({ path: join(artifacts, 'status-overview-phone.png'), fullPage: true });
  await page.close();
});

test('drill-down: from the municipality to a unit below and back up', async () => {
  const page = await open(1280);
  // By keyboard: focus the link and press Enter.
  await page.locator('table.units-below a:text("Oppvekst")').focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/status\/oppvekst\.html$/);
  assert.equal(await page.locator('h1').textContent(), 'Oppvekst');
  await page.click('table.units-below a:text("Skule")');
  assert.match(page.url(), /status\/skule\.html$/);
  await page.click('.breadcrumbs a:text("Statusby kommune")');
  assert.match(page.url(), /status\/kommune\.html$/);
  await page.close();
});

test('the follow-up, period, internal-control and indicator pages fit a phone and pass axe', async () => {
  const pages = [['status/index.html', server], ['periodar/2026-T1.html', server],
    ['internkontroll/2026.html', server], ['sjekklister/ik-2026.html', server],
    ['indikatorar/ind-trivsel.html', server], ['status/skule.html', server],
    ['sjekklister/ik-open.html', openServer], ['periodar/2026-T2.html', openServer]];
  for (const [path, tree] of pages) {
    const page = await open(360, path, tree);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${path}: no sideways scrolling (${overflow}px)`);
    assert.deepEqual(await axe(page), [], path);
    await page.close();
  }
});
