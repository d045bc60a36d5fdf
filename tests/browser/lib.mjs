// Shared helpers for the browser tests: build a site with the real binary, serve a folder on
// loopback, drive Debian's Chromium through playwright-core, run axe-core.
import { execFileSync, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, statSync, mkdirSync, cpSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname, normalize, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, '..', '..');
export const bin = process.env.RAUDTRAD_BIN || join(repo, 'target', 'debug', 'raudtrad');
export const artifacts = process.env.RAUDTRAD_ARTIFACTS || join(repo, 'target', 'browser-artifacts');
mkdirSync(join(artifacts, 'widths'), { recursive: true });

/** Every temporary folder this test file made, removed when its process ends: a run leaves
 * nothing in the temporary folder (CI shares its disk, and hundreds of built sites and
 * Chromium profiles had piled up there). tests/browser.rs checks that nothing is left. */
const made = [];
process.on('exit', () => {
  for (const dir of made) {
    try { rmSync(dir, { recursive: true, force: true, maxRetries: 3 }); } catch {}
  }
});

/** A new temporary folder named `prefix…`, removed when the test process ends. */
export function tempDir(prefix) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** Builds `root` (default: the sample site at the repo root) into a fresh folder; returns it. */
export function buildSite(root = repo) {
  const out = tempDir('raudtrad-browser-');
  execFileSync(bin, ['build', '--quiet', '--root', root, '--out', join(out, 'public')], { stdio: 'inherit' });
  return join(out, 'public');
}

/** A copy of a fixture site (tests/fixtures/NAME) in a temporary folder. */
export function copyFixture(name) {
  const dir = tempDir('raudtrad-site-');
  cpSync(join(repo, 'tests', 'fixtures', name), dir, { recursive: true });
  return dir;
}

const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.ics': 'text/calendar; charset=utf-8',
  '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8', '.csv': 'text/csv; charset=utf-8', '.pdf': 'application/pdf',
};

/** Serves `dir` on 127.0.0.1 under `prefix` (e.g. '/sub/'); returns { url, close }. */
export async function serve(dir, prefix = '/') {
  const server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!path.startsWith(prefix)) { res.writeHead(404); res.end(); return; }
    path = normalize(path.slice(prefix.length - 1));
    let file = join(dir, path);
    try { if (statSync(file).isDirectory()) file = join(file, 'index.html'); } catch {}
    try {
      const body = readFileSync(file);
      res.writeHead(200, { 'content-type': types[extname(file)] || 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
      res.end(existsSync(join(dir, '404.html')) ? readFileSync(join(dir, '404.html')) : 'not found');
    }
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${server.address().port}${prefix}`;
  // Chromium keeps (and pre-opens) connections; end them so close() returns at once.
  return { url, close: () => new Promise((r) => { server.close(r); server.closeAllConnections(); }) };
}

/** Launches headless Chromium with a fresh profile; `options` are playwright context options
 * (e.g. `{ javaScriptEnabled: false }`). */
export async function launch(options = {}) {
  const userDataDir = tempDir('raudtrad-chromium-');
  const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** Runs axe-core on the page for WCAG 2.1 A and AA (or only the given rule ids); returns the
 * violations. */
export async function axe(page, rules = null) {
  const source = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  await page.addScriptTag({ content: source });
  return page.evaluate(async (rules) => {
    const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
    const result = await window.axe.run(document, { runOnly });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }));
  }, rules);
}

/**
 * Starts `raudtrad serve --root ROOT --port 0 ARGS…`; returns { url, output, stop } once it
 * prints its address. `stop()` ends it with Ctrl-C (SIGINT) and waits; call it in `finally`.
 */
export async function startServe(root, args = []) {
  const child = spawn(bin, ['serve', '--root', root, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => { output += d; });
  child.stderr.on('data', (d) => { output += d; });
  const exited = new Promise((r) => child.on('exit', r));
  const url = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`raudtrad serve printed no address:\n${output}`)), 30000);
    const look = () => {
      const m = output.match(/http:\/\/127\.0\.0\.1:\d+\//);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    };
    child.stdout.on('data', look);
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`raudtrad serve exited (${code}):\n${output}`)); });
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGINT');
      const t = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}
