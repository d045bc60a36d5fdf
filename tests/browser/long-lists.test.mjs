// Lists longer than a page can hold (LONG_LIST in src/render/parts/lists.rs) in a real
// browser, both trees: the task index as a table of units and a status page that lists the
// longest overdue and says where the rest are. No WCAG 2.1 A/AA violation (axe-core), reflow
// at 320 CSS px, and the table's links reached and followed by keyboard.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildSite, copyFixture, serve, launch, axe, artifacts } from './lib.mjs';

// Well over the limit, so that the test does not copy the constant: if the limit grows past
// this, no page has the table and the test says so.
const TASKS = 1500;

let browser;
const servers = [];
const url = {};
let out;

/** The minimal fixture with an assignment of the municipality's that has TASKS overdue tasks. */
function site() {
  const root = copyFixture('minimal');
  let text = '+++\ntitle = "Mange oppgåver"\nowner = "kommune"\ngoals = ["helse-02"]\n';
  const first = Date.UTC(2023, 0, 1);
  for (let i = 0; i < TASKS; i++) {
    const deadline = new Date(first + i * 86400000).toISOString().slice(0, 10);
    text += `\n[[tasks]]\nid = "t-${i}"\ntitle = "Oppgåve ${i}"\nresponsible = "kommune"\ndeadline = ${deadline}\n`;
  }
  writeFileSync(join(root, 'content', 'assignments', 'mange.md'), `${text}+++\n`);
  return root;
}

/** Pages of a tree whose HTML holds `marker`, from the tree's root. */
function pagesWith(tree, marker) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.html') && readFileSync(path, 'utf8').includes(marker)) found.push(relative(tree, path).split('\\').join('/'));
    }
  };
  walk(tree);
  return found.sort();
}

before(async () => {
  browser = await launch();
  out = buildSite(site());
  for (const tree of ['internal', 'open']) {
    const server = await serve(join(out, tree));
    servers.push(server);
    url[tree] = server.url;
  }
});
after(async () => {
  for (const s of servers) await s.close();
  await browser?.close();
});

test('the long lists pass axe-core and reflow at 320 px in both trees', async () => {
  const page = await browser.newPage();
  const problems = [];
  for (const tree of ['internal', 'open']) {
    const tables = pagesWith(join(out, tree), 'class="by-unit"');
    const notes = pagesWith(join(out, tree), 'class="explain long-list"');
    assert.ok(tables.length >= 1, `${tree}: an index shown as a table of units (is LONG_LIST over ${TASKS}?)`);
    assert.ok(notes.length >= 1, `${tree}: a status page that says where the rest of its overdue list is`);
    for (const path of [...tables, ...notes]) {
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(url[tree] + path);
      const found = await axe(page);
      if (found.length) problems.push({ tree, path, found });
      await page.screenshot({ path: join(artifacts, `long-list-${tree}-${path.replace(/\W+/g, '_')}.png`) });
      await page.setViewportSize({ width: 320, height: 225 });
      const wide = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-wrap'))
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
      });
      if (wide.length) problems.push({ tree, path, wide: wide.slice(0, 5) });
      const narrow = await axe(page, ['scrollable-region-focusable']);
      if (narrow.length) problems.push({ tree, path, narrow });
    }
  }
  await page.close();
  assert.deepEqual(problems, [], JSON.stringify(problems, null, 2));
});

test('the table of units is reached by keyboard and its link opens the unit', async () => {
  const page = await browser.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const [path] = pagesWith(join(out, 'internal'), 'class="by-unit"');
  await page.goto(url.internal + path);
  // The scrolling region is named by the table's caption.
  const named = await page.evaluate(() => {
    const region = document.querySelector('table.by-unit').closest('[role="region"]');
    const by = region && document.getElementById(region.getAttribute('aria-labelledby'));
    return by ? by.tagName.toLowerCase() : null;
  });
  assert.equal(named, 'caption', 'the table region is labelled by its caption');
  const first = page.locator('table.by-unit tbody a').first();
  const name = (await first.textContent()).trim();
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await first.evaluate((a) => a === document.activeElement);
  }
  assert.ok(reached, 'Tab reaches the first unit in the table');
  await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
  assert.equal((await page.locator('h1').textContent()).trim(), name);
  await page.close();
});
