// The report form (issue 16) on a copy of the sample site, opened from file:// as a leader
// would open the built tree from disk: a wrong value shows its error beside the field and in
// the summary at the top and makes no file; fixed, the form downloads a report file that
// `raudtrad check` accepts, and the rebuilt site shows the new status, progress and answer.
// Also: the form page has no WCAG 2.1 AA violation (with and without errors shown), reads as
// a list without JavaScript, and the open tree has no form.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repo, bin, buildSite, launch, axe, artifacts, tempDir } from './lib.mjs';

// Today's addresses, in one place (issue 15 renames them); the rest is reached by links.
const UNIT_PAGE = 'einingar/ostre-ospevik-skule.html';
const UNIT = 'ostre-ospevik-skule';
const PERIOD_LABEL = '3. tertial 2026';

let site, out, browser;
before(async () => {
  site = tempDir('raudtrad-form-site-');
  for (const f of ['site.toml', 'content']) cpSync(join(repo, f), join(site, f), { recursive: true });
  out = buildSite(site);
  browser = await launch();
});
after(async () => { await browser?.close(); });

const fileUrl = (tree, path, root = out) => pathToFileURL(join(root, tree, path)).href;

/** Opens the unit page and follows its link to the form for the period. */
async function openForm(context = browser) {
  const page = await context.newPage();
  await page.goto(fileUrl('internal', UNIT_PAGE));
  await page.locator('a[data-raudtrad="report-form-link"]', { hasText: PERIOD_LABEL }).click();
  await page.waitForSelector('form[data-raudtrad="report-form"]');
  return page;
}

/** Counts the files the page hands to the browser to save (a Blob URL is made for each). */
async function countFiles(page) {
  await page.evaluate(() => {
    window.__files = 0;
    const make = URL.createObjectURL.bind(URL);
    URL.createObjectURL = (b) => { window.__files += 1; return make(b); };
  });
}

test('a wrong progress is shown beside the field and in the summary, and no file is made', async () => {
  const page = await openForm();
  const form = page.locator('form[data-raudtrad="report-form"]');
  assert.equal(await form.getAttribute('data-unit'), UNIT);
  assert.equal(await form.getAttribute('data-period'), '2026-T3');
  assert.deepEqual(await axe(page), []);
  await countFiles(page);

  const ref = await page.locator('select[data-ref]').first().getAttribute('data-ref');
  const progress = page.locator(`input[type="number"][data-ref="${ref}"]`);
  await progress.fill('150');
  await page.locator('[data-raudtrad="report-download"]').click();

  const summary = page.locator('[data-raudtrad="error-summary"]');
  assert.ok(await summary.isVisible(), 'the error summary is shown');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('data-raudtrad')), 'error-summary',
    'focus moves to the summary');
  const link = summary.locator('a').first();
  assert.match(await link.textContent(), /Framdrift.*heilt tal frå 0 til 100/);
  const id = await progress.getAttribute('id');
  assert.equal(await link.getAttribute('href'), `#${id}`);
  // Beside the field: its message, tied to it for screen readers.
  const beside = page.locator(`#${id}-error`);
  assert.ok(await beside.isVisible());
  assert.match(await beside.textContent(), /heilt tal frå 0 til 100/);
  assert.equal(await progress.getAttribute('aria-invalid'), 'true');
  assert.ok((await progress.getAttribute('aria-describedby')).split(' ').includes(`${id}-error`));
  assert.equal(await page.evaluate(() => window.__files), 0, 'no file is made');
  assert.ok(await page.locator('[data-rf-output]').isHidden());
  // The summary's link takes the keyboard to the field.
  await link.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), id);
  assert.deepEqual(await axe(page), [], 'no violation with the errors shown');
  await page.screenshot({ path: join(artifacts, 'report-form-errors.png'), fullPage: true });

  // A value that is not a number.
  await progress.fill('40');
  const value = page.locator('input[data-indicator]').first();
  await value.fill('mykje');
  await page.locator('[data-raudtrad="report-download"]').click();
  const vid = await value.getAttribute('id');
  assert.ok(await page.locator(`#${vid}-error`).isVisible());
  assert.ok(!(await page.locator(`#${id}-error`).isVisible()), 'the mended field has no error left');
  assert.equal(await summary.locator('a').count(), 1);
  assert.equal(await page.evaluate(() => window.__files), 0);
  await page.close();
});

test('one form serves the periods of a year: the link chooses its period, and another choice changes the file', async () => {
  const page = await openForm();
  const form = page.locator('form[data-raudtrad="report-form"]');
  // The link to the tertial chose it, though the form also serves the unit's year report.
  const chosen = page.locator('input[name="period"]:checked');
  assert.equal(await chosen.getAttribute('value'), '2026-T3');
  assert.equal((await page.locator(`label[for="${await chosen.getAttribute('id')}"]`).textContent()).trim(), PERIOD_LABEL);
  assert.equal(await page.locator('[data-rf-file]').textContent(), `content/reports/${UNIT}-2026-t3.md`);
  const others = await page.locator('input[name="period"]:not(:checked)').evaluateAll((rs) => rs.map((r) => r.value));
  assert.ok(others.includes('2026'), `the year is a choice too: ${others}`);
  // Scrolled to the choice, the reader still sees what it is: the choices' legend and the
  // file path above them are in view.
  const inView = (sel) => page.evaluate((s) => {
    const r = document.querySelector(s).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  }, sel);
  assert.ok(await inView('.rf-period legend'), 'the legend is in view');
  assert.ok(await inView('[data-rf-file]'), 'the file path is in view');

  // Chosen by keyboard, the year makes the year's file.
  await page.locator('input[name="period"][value="2026"]').focus();
  await page.keyboard.press('Space');
  assert.equal(await form.getAttribute('data-period'), '2026');
  assert.equal(await page.locator('[data-rf-file]').textContent(), `content/reports/${UNIT}-2026.md`);
  await page.locator('[data-raudtrad="report-copy"]').click();
  const text = await page.locator('#rf-output').inputValue();
  assert.match(text, /^\+\+\+\nunit = "ostre-ospevik-skule"\nperiod = "2026"\n/);
  await page.close();
});

test('the downloaded file passes check and the rebuilt site shows what was reported', async () => {
  const page = await openForm();
  const select = page.locator('select[data-ref]').first();
  const ref = await select.getAttribute('data-ref');
  const current = await select.inputValue();
  const statuses = await select.locator('option').evaluateAll((os) => os.map((o) => [o.value, o.textContent]));
  const [newStatus, newLabel] = statuses.find(([v]) => v !== current);
  await select.selectOption(newStatus);
  await page.locator(`input[type="number"][data-ref="${ref}"]`).fill('63');
  await page.locator(`textarea[data-ref="${ref}"]`).fill('Sa "hei" \\ og\nheldt fram på ny linje');

  // A yes/no item answered otherwise than last time.
  const check = page.locator('fieldset[data-kind="yesno"]').first();
  const question = (await check.locator('legend').textContent()).trim();
  const last = await check.locator('input[type="radio"]:checked').getAttribute('value');
  const answer = last === 'partly' ? 'false' : 'partly';
  const answerLabel = answer === 'partly' ? 'Delvis' : 'Nei';
  await check.locator(`input[type="radio"][value="${answer}"]`).check();
  const checklistHref = await check.locator('.rf-context a').first().getAttribute('href');
  await page.locator('input[data-indicator]').first().fill('84,5');
  await page.locator('#rf-narrative').fill('Tertialet gjekk etter planen.\n\n## Vidare\n\nMeir «lesing».');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator('[data-raudtrad="report-download"]').click(),
  ]);
  const name = download.suggestedFilename();
  assert.equal(name, `${UNIT}-2026-t3.md`);
  const target = join(site, 'content', 'reports', name);
  await download.saveAs(target);
  const text = readFileSync(target, 'utf8');
  assert.match(text, /^\+\+\+\nunit = "ostre-ospevik-skule"\nperiod = "2026-T3"\ndate = 2026-10-15\n/);
  assert.ok(text.includes(`comment = "Sa \\"hei\\" \\\\ og\\nheldt fram på ny linje"`), text);
  assert.ok(text.endsWith('+++\n\nTertialet gjekk etter planen.\n\n## Vidare\n\nMeir «lesing».\n'), text);
  await page.close();

  const checked = spawnSync(bin, ['check', '--root', site], { encoding: 'utf8' });
  assert.equal(checked.status, 0, checked.stderr);
  // No error and no new warning: the sample's one warning is its deliberate orphan.
  assert.match(checked.stdout, /check: 0 errors, 1 warning/);
  assert.doesNotMatch(checked.stderr, /: error:|reports\//);

  const rebuilt = buildSite(site);
  const view = await browser.newPage();
  // The assignment's page, reached from the form's own link to it.
  const formPage = await browser.newPage();
  await formPage.goto(fileUrl('internal', UNIT_PAGE, rebuilt));
  await formPage.locator('a[data-raudtrad="report-form-link"]', { hasText: PERIOD_LABEL }).click();
  const itemHref = await formPage.locator(`fieldset[data-item="${ref}"] legend a`).getAttribute('href');
  await view.goto(new URL(itemHref, formPage.url()).href);
  const track = (await view.locator('main dl.track').first().textContent()).replace(/\s+/g, ' ');
  assert.ok(track.includes(newLabel), `${newLabel} in ${track}`);
  assert.ok(track.includes('63 %'), track);
  // The checklist's answer matrix shows the new answer for the unit, from this period.
  await view.goto(new URL(checklistHref, formPage.url()).href);
  const cells = await view.evaluate(({ question, unit }) => {
    const table = document.querySelector('table.matrix');
    const heads = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
    const col = heads.indexOf(question);
    const row = [...table.querySelectorAll('tbody tr')].find((tr) => tr.querySelector('th').textContent.trim() === unit);
    return row && col > 0 ? row.children[col].textContent.replace(/\s+/g, ' ').trim() : null;
  }, { question, unit: 'Østre Ospevik skule' });
  assert.equal(cells, `${answerLabel} (${PERIOD_LABEL})`);
  // The form now says the unit has reported the period.
  await formPage.goto(fileUrl('internal', UNIT_PAGE, rebuilt));
  const item = formPage.locator('.report-forms li', { hasText: PERIOD_LABEL });
  assert.match(await item.textContent(), /rapportert/);
  assert.doesNotMatch(await item.textContent(), /ikkje rapportert/);
  await view.close();
  await formPage.close();
});

test('without JavaScript the page is a readable list, and the open tree has no form', async () => {
  const context = await launch({ javaScriptEnabled: false });
  try {
    const page = await openForm(context);
    assert.ok(await page.locator('[data-rf-noscript]').isVisible());
    assert.ok(await page.locator('[data-rf-actions]').isHidden());
    assert.ok((await page.locator('fieldset[data-item] legend a').count()) > 3, 'the items to report are listed');
    assert.ok((await page.locator('fieldset[data-kind="yesno"] legend').count()) > 0);
  } finally {
    await context.close();
  }
  const open = await browser.newPage();
  await open.goto(fileUrl('open', UNIT_PAGE));
  assert.equal(await open.locator('a[data-raudtrad="report-form-link"]').count(), 0);
  assert.equal(await open.locator('[data-raudtrad="edit-link"]').count(), 0);
  await open.close();
  assert.ok(!existsSync(join(out, 'open', dirname(UNIT_PAGE), 'report-form')));
});

test('the forge button opens the new-file page with the file filled in, unless it is too long', async () => {
  const page = await openForm();
  await page.evaluate(() => {
    window.__opened = [];
    window.open = (url) => { window.__opened.push(url); return null; };
  });
  const forge = page.locator('[data-raudtrad="report-forge"]');
  await forge.click();
  const [url] = await page.evaluate(() => window.__opened);
  const prefix = 'https://gitlab.com/ospevik-kommune/verksemdsplan/-/new/main/content/reports?file_name=';
  assert.ok(url.startsWith(`${prefix}${UNIT}-2026-t3.md&content=`), url);
  const content = decodeURIComponent(url.split('&content=')[1]);
  assert.equal(content, await page.locator('#rf-output').inputValue(), 'the file the form shows');
  assert.match(content, /^\+\+\+\nunit = "ostre-ospevik-skule"\n/);

  // Too long for an address: the page says so and opens nothing.
  await page.locator('#rf-narrative').fill('Lang forteljing. '.repeat(600));
  await forge.click();
  assert.equal(await page.evaluate(() => window.__opened.length), 1);
  assert.match(await page.locator('[data-rf-status]').textContent(), /for lang til å sendast gjennom ei nettadresse/);
  await page.close();
});

test('internal pages link to their source file in the forge', async () => {
  const page = await browser.newPage();
  await page.goto(fileUrl('internal', UNIT_PAGE));
  const edit = page.locator('[data-raudtrad="edit-link"]');
  assert.equal(await edit.textContent(), 'Endre denne sida');
  assert.equal(await edit.getAttribute('href'),
    'https://gitlab.com/ospevik-kommune/verksemdsplan/-/edit/main/content/org/oppvekst/ostre-ospevik-skule.md');
  await page.close();
});
