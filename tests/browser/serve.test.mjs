// `raudtrad serve` in a real browser: a save reloads the open page by itself and keeps the
// scroll position; a broken save shows an accessible error overlay over the last good page,
// and mending the file removes it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { copyFixture, startServe, launch, axe, artifacts } from './lib.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a save reloads the page by itself, keeps the scroll position, and shows errors until mended', async () => {
  const site = copyFixture('serve');
  const file = join(site, 'content', 'assignments', 'ope.md');
  // A long body, so there is somewhere to scroll to.
  const paragraphs = Array.from({ length: 120 }, (_, i) => `Avsnitt ${i + 1}: ${'tekst '.repeat(30)}`).join('\n\n');
  const original = readFileSync(file, 'utf8') + '\n' + paragraphs + '\n';
  writeFileSync(file, original);
  const server = await startServe(site);
  try {
    const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
    await page.goto(server.url + 'oppdrag/ope.html');
    assert.equal(await page.textContent('h1'), 'Ope oppdrag');
    await page.evaluate(() => window.scrollTo(0, 1500));
    assert.equal(await page.evaluate(() => window.scrollY), 1500);
    // Gone after a reload: proves the page was loaded anew, not patched.
    await page.evaluate(() => { window.beforeSave = true; });

    // Save as editors do: a temporary file renamed over the original.
    writeFileSync(file + '.tmp', original.replace('Ope oppdrag', 'Endra i nettlesaren'));
    renameSync(file + '.tmp', file);
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Endra i nettlesaren', null, { timeout: 20000 });
    assert.equal(await page.evaluate(() => window.beforeSave), undefined, 'the page reloaded');
    await page.waitForFunction(() => Math.abs(window.scrollY - 1500) <= 2, null, { timeout: 5000 });

    // A broken save: the overlay over the last good page, announced and readable.
    writeFileSync(file, original.replace('owner = "skule"', 'owner = skule'));
    const overlay = await page.waitForSelector('#raudtrad-problems', { timeout: 20000 });
    assert.equal(await page.textContent('h1'), 'Endra i nettlesaren', 'the last good version stays');
    assert.equal(await overlay.getAttribute('role'), 'alert');
    assert.match(await overlay.textContent(), /content\/assignments\/ope\.md:3:9: error: invalid TOML/);
    assert.ok(await overlay.isVisible());
    await page.waitForFunction(() => Math.abs(window.scrollY - 1500) <= 2, null, { timeout: 5000 });
    // Reachable from the keyboard, with a visible focus.
    await page.focus('#raudtrad-problems summary');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
    assert.notEqual(outline, 'none');
    const violations = (await axe(page)).filter((v) => v.nodes.some((n) => n.includes('raudtrad-problems')));
    assert.deepEqual(violations, [], 'the overlay passes WCAG 2.1 AA checks');
    await page.screenshot({ path: join(artifacts, 'serve-error-overlay.png') });

    // Mended: the overlay goes and the page shows the new text.
    writeFileSync(file, original.replace('Ope oppdrag', 'Retta'));
    await page.waitForFunction(() => document.querySelector('h1')?.textContent === 'Retta' && !document.getElementById('raudtrad-problems'), null, { timeout: 20000 });
    await page.close();
  } finally {
    await server.stop();
  }
});
