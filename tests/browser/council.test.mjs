// The report to the council printed to PDF in headless Chromium: each section starts a new
// sheet (the PDF has at least a page per section start and every section's computed
// `break-before` is `page`), no table is wider than the printable width, and axe-core finds
// no WCAG 2.1 AA violation on screen. The sample municipality's tertial report and annual
// report of both trees; the PDFs are kept in target/browser-artifacts/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { buildSite, serve, launch, axe, artifacts } from './lib.mjs';

let out, browser, servers = {};
before(async () => {
  out = buildSite();
  browser = await launch();
  for (const tree of ['internal', 'open']) servers[tree] = await serve(join(out, tree));
});
after(async () => {
  await browser?.close();
  for (const s of Object.values(servers)) await s.close();
});

/** The council reports a tree links from its follow-up page (addresses are found, not
 * written here, since they move with the site's language). */
async function reportLinks(page, tree) {
  await page.goto(servers[tree].url + 'status/index.html');
  return page.$$eval('.council-links a', (as) => as.map((a) => a.href));
}

/** Pages in a Chromium PDF: one `/Type /Page` object per sheet. */
function pdfPages(path) {
  const text = readFileSync(path).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) || []).length;
}

for (const tree of ['internal', 'open']) {
  test(`every council report of the ${tree} tree prints a sheet per section, tables within the page`, async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const links = await reportLinks(page, tree);
    assert.ok(links.length >= 1, 'the follow-up page links to a council report');
    for (const href of links) {
      await page.goto(href);
      const period = await page.$eval('main', (m) => m.dataset.period);
      assert.equal(await page.$eval('main', (m) => m.dataset.raudtrad), 'council-report');
      assert.deepEqual(await axe(page), [], `no WCAG 2.1 AA violations on ${period}`);

      // A4 with the stylesheet's 16 mm side margins: 178 mm at 96 px per inch.
      const printable = Math.floor((178 / 25.4) * 96);
      await page.setViewportSize({ width: printable, height: 1000 });
      await page.emulateMedia({ media: 'print' });
      const looks = await page.evaluate(() => ({
        sections: [...document.querySelectorAll('section.council-section')].map((s) => {
          const st = getComputedStyle(s);
          return { id: s.id, before: st.breakBefore, legacy: st.pageBreakBefore };
        }),
        toc: getComputedStyle(document.querySelector('.council-toc')).display,
        tables: [...document.querySelectorAll('main table')].map((t) => ({
          caption: t.caption?.textContent ?? t.className,
          width: t.scrollWidth,
          right: Math.round(t.getBoundingClientRect().right),
        })),
        page: document.documentElement.clientWidth,
      }));
      assert.ok(looks.sections.length >= 8, `${period}: eight sections`);
      for (const s of looks.sections) {
        assert.ok(s.before === 'page' || s.legacy === 'always', `${period}: ${s.id} starts a sheet (${s.before})`);
      }
      assert.notEqual(looks.toc, 'none', 'the table of contents is printed');
      for (const t of looks.tables) {
        assert.ok(t.width <= looks.page && t.right <= looks.page, `${period}: table "${t.caption}" (${t.width} px) fits ${looks.page} px`);
      }
      const pdf = join(artifacts, `council-${tree}-${period}.pdf`);
      await page.pdf({ path: pdf, format: 'A4', printBackground: true });
      const sheets = pdfPages(pdf);
      // The title page with the contents, then at least one sheet per section.
      assert.ok(sheets >= looks.sections.length + 1, `${period}: ${sheets} sheets for ${looks.sections.length} sections`);
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1200, height: 1000 });
    }
    await page.close();
  });
}
