// Which pages of a built tree to put in front of a browser: one page per page type, found in
// the output itself (the `page-…` class on <body>), so page types other code adds later are
// covered without a list to keep up to date; plus every page at the tree's root.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith('.html')) out.push(path);
  }
  return out;
}

/** [{ type, path }] for a tree: for each `page-…` body class the largest page of that type
 * (the most content, so the most components), then every other page at the root. Sorted. */
export function pagesByType(tree) {
  const best = new Map();
  const root = [];
  for (const file of htmlFiles(tree)) {
    const html = readFileSync(file, 'utf8');
    const rel = relative(tree, file).split('\\').join('/');
    const type = (html.match(/<body[^>]*class="[^"]*\bpage-([a-z0-9-]+)/) || [])[1] || `(no page class) ${rel}`;
    const size = html.length;
    const seen = best.get(type);
    if (!seen || size > seen.size || (size === seen.size && rel < seen.path)) best.set(type, { type, path: rel, size });
    if (!rel.includes('/')) root.push(rel);
  }
  const picked = [...best.values()].map(({ type, path, size }) => ({ type, path, size }));
  for (const path of root) {
    if (!picked.some((p) => p.path === path)) picked.push({ type: `root ${path}`, path, size: 0 });
  }
  return picked.sort((a, b) => a.type.localeCompare(b.type));
}
