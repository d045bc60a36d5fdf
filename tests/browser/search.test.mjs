// Search as a reader uses it, in both trees, over HTTP and from file://: stemmed, folded,
// prefix and filtered queries on the search fixture (numbers counted by hand in
// tests/fixtures/search/README.md) and on the built sample municipality; keyboard only; the
// count announced in a live region; the open tree never finds an internal item; without
// JavaScript the box leads to the register from A to Å.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { buildSite, copyFixture, serve, launch, axe, repo } from './lib.mjs';

let fixture, sample, browser, servers = [];
before(async () => {
  fixture = buildSite(copyFixture('search'));
  if (existsSync(join(repo, 'content'))) sample = buildSite();
  browser = await launch();
});
after(async () => {
  for (const s of servers) await s.close();
  await browser?.close();
});

// The two ways a tree is opened: from a web server and straight from disk.
async function modes(tree) {
  const server = await serve(tree);
  servers.push(server);
  return [['http', server.url], ['file', 'file://' + tree + '/']];
}

async function open(base, path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.errors = errors;
  await page.goto(base + path);
  return page;
}

// Types into a search box as a person does and waits until the results are shown.
async function query(page, text, box = '#rt-q') {
  await page.focus(box);
  await page.fill(box, '');
  await page.keyboard.type(text);
  return settled(page, box);
}

async function settled(page, box = '#rt-q') {
  const list = box === '#rt-q' ? '[data-search-panel] .search-results' : '[data-search-results]';
  await page.waitForFunction((sel) => document.querySelector(sel)?.getAttribute('aria-busy') === 'false', list);
  return page.evaluate(({ sel, box }) => {
    const status = box === '#rt-q' ? document.querySelector('[data-search-status]') : document.querySelector('[data-search-page-status]');
    return {
      status: status.textContent,
      titles: [...document.querySelectorAll(sel + ' .search-result-title')].map((a) => a.textContent),
      hrefs: [...document.querySelectorAll(sel + ' .search-result-title')].map((a) => a.href),
      meta: [...document.querySelectorAll(sel + ' .search-result-meta')].map((m) => m.textContent),
      marks: [...document.querySelectorAll(sel + ' mark')].map((m) => m.textContent),
    };
  }, { sel: list, box });
}

const sorted = (a) => [...a].sort();

test('stemmed, folded and prefix queries find what the hand count says, over HTTP and from file://', async () => {
  for (const [mode, base] of await modes(join(fixture, 'open'))) {
    const page = await open(base, 'index.html');
    let r = await query(page, 'barnehagar');
    assert.deepEqual(sorted(r.titles), ['Nye barnehagar i Østre', 'Samordna opptak', 'Tilsyn med barnehagane'], `${mode}: stemmed`);
    assert.equal(r.status, '3 treff');
    assert.ok(r.marks.includes('barnehagane') && r.marks.includes('barnehage'), `${mode}: other forms are highlighted: ${r.marks}`);
    r = await query(page, 'ostre ');
    assert.deepEqual(sorted(r.titles), ['Nye barnehagar i Østre', 'Østre skule'], `${mode}: folded ø`);
    assert.ok(r.marks.includes('Østre'));
    r = await query(page, 'oyane');
    assert.deepEqual(r.titles, ['Ny ferjekai på Øyane'], `${mode}: folded øyane`);
    r = await query(page, 'barneh');
    assert.equal(r.titles.length, 3, `${mode}: prefix while typing`);
    // The beginning of the index's very first term ("2027") sorts before every term.
    r = await query(page, '202');
    assert.deepEqual(r.titles, ['Nye barnehagar i Østre'], `${mode}: the beginning of the first term`);
    r = await query(page, 'tilsyn barneh');
    assert.deepEqual(r.titles, ['Tilsyn med barnehagane'], `${mode}: every word must match`);
    r = await query(page, 'zzzz');
    assert.equal(r.status, 'Ingen treff');
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('a result found by words of its text says so; one whose title or summary has the words marks them', async () => {
  for (const [mode, base] of await modes(join(fixture, 'open'))) {
    const page = await open(base, 'index.html');
    // "nabokommunane" stands only in the body of `legevakt`, which the result does not show.
    await query(page, 'nabokommunane');
    const found = await page.evaluate(() => [...document.querySelectorAll('[data-search-panel] .search-result')].map((li) => ({
      title: li.querySelector('.search-result-title').textContent,
      note: li.querySelector('.search-in-text')?.textContent ?? null,
      marks: li.querySelectorAll('mark').length,
    })));
    assert.deepEqual(found, [{ title: 'Legevakt for heile regionen', note: 'Treff i teksten', marks: 0 }], mode);
    // "opptak" is in a summary, which the result shows with the word marked: no note.
    await query(page, 'barnehage');
    const summary = await page.evaluate(() => {
      const li = [...document.querySelectorAll('[data-search-panel] .search-result')].find((x) => x.querySelector('.search-result-title').textContent === 'Samordna opptak');
      return { snippet: li.querySelector('.search-snippet mark')?.textContent, note: li.querySelector('.search-in-text') !== null };
    });
    assert.deepEqual(summary, { snippet: 'barnehage', note: false }, mode);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('a search without results says so where the results would be, and offers no link to them', async () => {
  for (const [mode, base] of await modes(join(fixture, 'open'))) {
    const page = await open(base, 'index.html');
    // A word nobody wrote, and a stop word alone: both find nothing.
    for (const q of ['zzzz', 'og']) {
      const r = await query(page, q);
      assert.equal(r.status, 'Ingen treff', `${mode}: ${q}: the live region`);
      assert.ok(await page.isVisible('[data-search-panel]'), `${mode}: ${q}: the panel is open`);
      assert.ok(await page.isVisible('[data-search-panel] .search-none'), `${mode}: ${q}: the words are shown`);
      assert.equal(await page.textContent('[data-search-panel] .search-none'), 'Ingen treff');
      assert.ok(!(await page.isVisible('[data-search-panel] .search-all')), `${mode}: ${q}: no link to all 0 results`);
      assert.equal(await page.evaluate(() => [...document.querySelectorAll('a')].some((a) => a.checkVisibility() && /Sjå alle/.test(a.textContent))), false, `${mode}: ${q}: "Sjå alle" shown`);
    }
    // With results the words go and the link comes.
    await query(page, 'barnehage');
    assert.ok(!(await page.isVisible('[data-search-panel] .search-none')), `${mode}: no "Ingen treff" beside results`);
    assert.ok(await page.isVisible('[data-search-panel] .search-all'), `${mode}: the link to all results`);
    assert.equal(await page.textContent('[data-search-panel] .search-all'), 'Sjå alle 3 treff, og avgrens søket');

    await page.goto(base + 'sok/index.html?q=zzzz');
    const r = await settled(page, '#rt-search-words');
    assert.deepEqual(r.titles, []);
    assert.ok(await page.isVisible('.search-count'), `${mode}: the search page shows its count`);
    assert.equal(await page.textContent('.search-count'), 'Ingen treff');
    assert.ok(!(await page.isVisible('[data-search-more]')), `${mode}: no "more" button`);
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('filters narrow the results: type, unit with the units below, status, year, category, overdue', async () => {
  for (const [mode, base] of await modes(join(fixture, 'open'))) {
    const page = await open(base, 'sok/index.html?q=barnehage');
    let r = await settled(page, '#rt-search-words');
    assert.equal(r.titles.length, 3, `${mode}: ?q= is searched on arrival`);
    const pick = async (name, value, expected, note) => {
      await page.selectOption(`select[name=${name}]`, value);
      const res = await settled(page, '#rt-search-words');
      assert.deepEqual(sorted(res.titles), sorted(expected), `${mode}: ${note}`);
      await page.selectOption(`select[name=${name}]`, '');
      await settled(page, '#rt-search-words');
      return res;
    };
    await pick('unit', 'oppvekst', ['Nye barnehagar i Østre', 'Samordna opptak', 'Tilsyn med barnehagane'], 'a unit and the units below it');
    await pick('unit', 'ostre-skule', ['Tilsyn med barnehagane'], 'a unit at the bottom');
    r = await pick('status', 'fullfort', ['Samordna opptak'], 'status');
    assert.match(r.meta[0], /Fullført/);
    await pick('year', '2025', ['Samordna opptak'], 'year');
    await pick('category', 'politisk-vedtak', ['Nye barnehagar i Østre'], 'category');
    await page.check('input[name=overdue]');
    r = await settled(page, '#rt-search-words');
    assert.deepEqual(r.titles, ['Tilsyn med barnehagane'], `${mode}: overdue`);
    assert.match(r.meta[0], /Over frist/);
    await page.uncheck('input[name=overdue]');
    // Filters alone, without words, list what they let through.
    await page.fill('#rt-search-words', '');
    await page.selectOption('select[name=type]', 'task');
    r = await settled(page, '#rt-search-words');
    assert.deepEqual(sorted(r.titles), ['Finne tomt', 'Skrive tilsynsrapport'], `${mode}: type without words`);
    if (mode === 'http') assert.match(page.url(), /[?&]type=task/, 'the filters are kept in the address');
    assert.deepEqual(page.errors, []);
    await page.close();
  }
});

test('keyboard only: Tab to the box, type, arrow to a result, Enter; filters and results by Tab', async () => {
  const [[, base]] = await modes(join(fixture, 'open'));
  const page = await open(base, 'index.html');
  const focused = () => page.evaluate(() => document.activeElement.id || document.activeElement.className || document.activeElement.tagName);
  await page.keyboard.press('Tab'); // skip link
  await page.keyboard.press('Tab'); // site title
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'rt-q', 'the search box is the third stop');
  await page.keyboard.type('oyane');
  await settled(page);
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), 'search-result-title');
  await page.keyboard.press('Escape');
  assert.equal(await focused(), 'rt-q', 'Escape goes back to the box');
  assert.ok(await page.isVisible('[data-search-panel]'), 'and leaves the results open');
  await page.keyboard.press('Escape');
  assert.ok(!(await page.isVisible('[data-search-panel]')), 'Escape in the box closes them');
  await page.keyboard.type('oyane');
  await settled(page);
  await page.keyboard.press('ArrowDown');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /oppdrag\/ferjekai\.html$/);

  await page.goto(base + 'sok/index.html?q=barnehage');
  await settled(page, '#rt-search-words');
  await page.focus('#rt-search-words');
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // type
  await page.keyboard.press('Tab'); // unit
  assert.equal(await focused(), 'rt-f-unit');
  // Options: all, kommune, helse, oppvekst, ostre-skule.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  let r = await settled(page, '#rt-search-words');
  assert.equal(await page.inputValue('#rt-f-unit'), 'oppvekst');
  assert.equal(r.titles.length, 3);
  await page.keyboard.press('ArrowDown');
  r = await settled(page, '#rt-search-words');
  assert.deepEqual(r.titles, ['Tilsyn med barnehagane']);
  for (let i = 0; i < 4; i++) await page.keyboard.press('Tab'); // status, year, category, overdue
  assert.equal(await focused(), 'rt-f-overdue');
  await page.keyboard.press('Space');
  r = await settled(page, '#rt-search-words');
  assert.deepEqual(r.titles, ['Tilsyn med barnehagane']);
  await page.keyboard.press('Tab');
  assert.equal(await focused(), 'search-result-title', 'the results follow the filters');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.match(page.url(), /oppdrag\/tilsyn\.html$/);
  await page.close();
});

test('the result count is announced in a polite live region', async () => {
  const [[, base]] = await modes(join(fixture, 'open'));
  const page = await open(base, 'index.html');
  const live = await page.evaluate(() => {
    const s = document.querySelector('[data-search-status]');
    return { role: s.getAttribute('role'), live: s.getAttribute('aria-live'), text: s.textContent, inForm: !!s.closest('form[role=search]') };
  });
  assert.deepEqual(live, { role: 'status', live: 'polite', text: '', inForm: true }, 'the region is in the page before any search');
  assert.equal((await query(page, 'legevakt')).status, '1 treff');
  assert.equal((await query(page, 'o')).status, 'Skriv minst to bokstavar.');
  await page.goto(base + 'sok/index.html?q=barnehage');
  const r = await settled(page, '#rt-search-words');
  assert.equal(r.status, '3 treff');
  assert.deepEqual(await page.evaluate(() => {
    const s = document.querySelector('[data-search-page-status]');
    return [s.getAttribute('role'), s.getAttribute('aria-live')];
  }), ['status', 'polite']);
  await page.close();
});

test('the open tree never finds an internal item; the internal tree does', async () => {
  for (const [mode, base] of await modes(join(fixture, 'open'))) {
    const page = await open(base, 'index.html');
    for (const q of ['hemmeleg', 'INTERNMERKE', 'barnehageavtale', 'tertial', 'Personnamn']) {
      assert.equal((await query(page, q)).status, 'Ingen treff', `${mode}: ${q}`);
    }
    const r = await query(page, 'barnehage');
    assert.ok(r.titles.every((t) => !/Hemmeleg|INTERN/.test(t)), r.titles.join());
    if (mode === 'http') {
      for (const href of r.hrefs) assert.equal((await page.request.get(href)).status(), 200, href);
    }
    await page.close();
  }
  const [[, base]] = await modes(join(fixture, 'internal'));
  const page = await open(base, 'index.html');
  const internal = await query(page, 'hemmeleg');
  assert.equal(internal.titles.length, 2);
  assert.ok(internal.meta.every((m) => m.includes('Intern')), 'internal items are marked for employees');
  assert.equal((await query(page, 'barnehage')).titles.length, 6);
  await page.close();
});

test('without JavaScript the box leads to the register from A to Å', async () => {
  const nojs = await launch({ javaScriptEnabled: false });
  try {
    for (const base of ['file://' + join(fixture, 'open') + '/', (await modes(join(fixture, 'open')))[0][1]]) {
      const page = await nojs.newPage();
      await page.goto(base + 'oppdrag/tilsyn.html');
      await page.fill('#rt-q', 'barnehage');
      await Promise.all([page.waitForNavigation(), page.press('#rt-q', 'Enter')]);
      assert.match(page.url(), /sok\/index\.html\?q=barnehage$/);
      assert.ok(await page.isVisible('noscript, .az-letters'));
      // The filters work only with JavaScript, so they are not shown without it.
      assert.ok(!(await page.isVisible('[data-search-filters]')), 'no filters without JavaScript');
      for (const select of await page.$$('[data-search-filters] select')) assert.ok(!(await select.isVisible()));
      assert.equal(await page.$eval('[data-search-filters]', (f) => getComputedStyle(f).display), 'none');
      await Promise.all([page.waitForNavigation(), page.click('.az-letters a:has-text("Ø")')]);
      const entries = await page.$$eval('.az-entries a', (as) => as.map((a) => a.textContent));
      assert.deepEqual(entries, ['Østre skule']);
      await page.close();
    }
  } finally { await nojs.close(); }
});

test('search pages pass axe (WCAG 2.1 AA) with results shown', async () => {
  const [[, base]] = await modes(join(fixture, 'open'));
  const page = await open(base, 'sok/index.html?q=barnehage');
  await settled(page, '#rt-search-words');
  assert.deepEqual(await axe(page), []);
  await page.goto(base + 'index.html');
  await query(page, 'barnehage');
  assert.deepEqual(await axe(page), []);
  await page.goto(base + 'sok/oe.html');
  assert.deepEqual(await axe(page), []);
  await page.close();
});

test('the sample municipality: stemmed, folded, prefix and filtered queries; nothing internal in the open tree', { skip: !existsSync(join(repo, 'content')) }, async () => {
  for (const [mode, base] of await modes(join(sample, 'open'))) {
    const page = await open(base, 'index.html');
    let r = await query(page, 'barnehagar');
    const stemmed = r.titles.length;
    assert.ok(stemmed >= 5, `${mode}: barnehagar finds ${stemmed}`);
    assert.ok(r.marks.some((m) => /^barnehage(n|ne)?$/i.test(m)), `${mode}: other forms highlighted: ${r.marks}`);
    assert.equal((await query(page, 'barnehagane ')).titles.length, stemmed, `${mode}: same stem, same results`);
    r = await query(page, 'ostre ospevik');
    assert.ok(r.titles.some((t) => t.includes('Østre Ospevik')), `${mode}: ${r.titles}`);
    r = await query(page, 'oyane');
    assert.ok(r.titles.length > 0 && r.marks.every((m) => /^øyane?$/i.test(m)), `${mode}: ${r.marks}`);
    r = await query(page, 'barneh');
    assert.ok(r.titles.length >= stemmed, `${mode}: prefix`);
    // Internal assignments and tasks of the sample are not found by their own titles.
    for (const q of ['Forhandlingar om ny avtale om interkommunal legevakt', 'Omstilling i administrasjonen', 'Aktivitetsplan etter opplæringslova']) {
      r = await query(page, q);
      assert.ok(!r.titles.some((t) => t.startsWith(q)), `${mode}: ${q} found in the open tree`);
    }
    await page.goto(base + 'sok/index.html?q=barnehage');
    const all = (await settled(page, '#rt-search-words')).titles.length;
    await page.selectOption('select[name=status]', 'fullfort');
    r = await settled(page, '#rt-search-words');
    assert.ok(r.titles.length > 0 && r.titles.length < all, `${mode}: status filter ${r.titles.length} of ${all}`);
    assert.ok(r.meta.slice(0, 20).every((m) => m.includes('Fullført')), r.meta.join(' | '));
    assert.deepEqual(page.errors, []);
    await page.close();
  }
  const [[, base]] = await modes(join(sample, 'internal'));
  const page = await open(base, 'index.html');
  const r = await query(page, 'Forhandlingar om ny avtale om interkommunal legevakt');
  assert.ok(r.titles.includes('Forhandlingar om ny avtale om interkommunal legevakt'), 'the internal tree finds it');
  await page.close();
});
