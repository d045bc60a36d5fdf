// Pages for paper: the whole verksemdsplan and the leader agreement printed with print media
// emulated. The chrome is hidden, the text is black on white, and a screenshot and a PDF are
// kept in target/browser-artifacts/ to be looked at. Also Min side and the year wheel on
// screen, with axe-core for WCAG 2.1 AA.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { statSync, readFileSync } from 'node:fs';
import { buildSite, copyFixture, serve, launch, axe, artifacts } from './lib.mjs';

let out, browser, server;
before(async () => {
  out = buildSite(copyFixture('calendar'));
  browser = await launch();
  server = await serve(join(out, 'internal'));
});
after(async () => { await browser?.close(); await server?.close(); });

test('the whole verksemdsplan prints without chrome, in black on white', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(server.url + 'verksemdsplan/oppvekst.html');
  assert.deepEqual(await axe(page), [], 'no WCAG 2.1 AA violations on screen');
  assert.ok(await page.isVisible('.doc-back'), 'on screen, a way back to the unit');
  await page.emulateMedia({ media: 'print' });
  const looks = await page.evaluate(() => {
    const style = (el) => getComputedStyle(el);
    return {
      back: style(document.querySelector('.doc-back')).display,
      body: [style(document.body).color, style(document.body).backgroundColor],
      h1: style(document.querySelector('h1')).color,
      navs: document.querySelectorAll('nav').length,
    };
  });
  assert.equal(looks.back, 'none', 'the way back is not printed');
  assert.deepEqual(looks.body, ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  assert.equal(looks.h1, 'rgb(0, 0, 0)');
  assert.equal(looks.navs, 0);
  await page.screenshot({ path: join(artifacts, 'verksemdsplan-print.png'), fullPage: true });
  const pdf = join(artifacts, 'verksemdsplan.pdf');
  await page.pdf({ path: pdf, format: 'A4', printBackground: true });
  assert.ok(statSync(pdf).size > 10_000, 'a PDF is made');
  assert.ok(readFileSync(pdf).subarray(0, 5).toString() === '%PDF-');
  await page.close();
});

test('a unit page printed hides the navigation and writes outside links out', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(server.url + 'einingar/oppvekst.html');
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() => ['.site-header', '.main-nav', '.breadcrumbs', '.skip-link', '.unit-tools']
    .map((s) => [s, getComputedStyle(document.querySelector(s)).display]));
  for (const [selector, display] of hidden) assert.equal(display, 'none', `${selector} is hidden in print`);
  // An outside link gets its address after it.
  await page.evaluate(() => {
    const a = document.createElement('a');
    a.href = 'https://lovdata.no/lov/2018-06-22-83';
    a.id = 'outside';
    a.textContent = 'Kommunelova';
    document.querySelector('main').append(a);
  });
  const after = await page.evaluate(() => getComputedStyle(document.querySelector('#outside'), '::after').content);
  assert.equal(after, '" (https://lovdata.no/lov/2018-06-22-83)"');
  await page.screenshot({ path: join(artifacts, 'unit-print.png'), fullPage: true });
  await page.close();
});

test('the leader agreement prints with its signature lines', async () => {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  await page.goto(server.url + 'leiaravtale/oppvekst.html');
  assert.deepEqual(await axe(page), []);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.signature').count(), 2);
  await page.screenshot({ path: join(artifacts, 'leiaravtale-print.png'), fullPage: true });
  await page.pdf({ path: join(artifacts, 'leiaravtale.pdf'), format: 'A4' });
  await page.close();
});

test('Min side and the year wheel pass axe and are kept as screenshots', async () => {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  for (const [path, shot] of [
    ['min-side/personar/kari-nordmann.html', 'min-side-person.png'],
    ['min-side/index.html', 'min-side-index.png'],
    ['arshjul/index.html', 'arshjul.png'],
  ]) {
    await page.goto(server.url + path);
    assert.deepEqual(await axe(page), [], path);
    await page.screenshot({ path: join(artifacts, shot), fullPage: true });
  }
  // At phone width (and so at 400 % zoom) nothing scrolls sideways but tables in their wrap.
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['min-side/personar/kari-nordmann.html', 'arshjul/index.html', 'verksemdsplan/oppvekst.html', 'leiaravtale/oppvekst.html']) {
    await page.goto(server.url + path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `${path} scrolls sideways by ${overflow}px at 320px`);
  }
  await page.setViewportSize({ width: 1100, height: 900 });
  // Overdue is said in words, not by colour alone.
  await page.goto(server.url + 'min-side/personar/kari-nordmann.html');
  assert.equal(await page.locator('#rt-overdue + ul .overdue').count(), 2);
  await page.close();
});
