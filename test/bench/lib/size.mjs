// Sizes of the built extension (deterministic): gzip -9 of what the portal page loads at first paint, per
// content script, and of every file of the extension; the budget they are checked against.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../e2e/harness.mjs';
import { breakdown, groupOf } from './sourcemap-attribution.mjs';

export const BUDGET_FILE = join(ROOT, 'test/bench/size-budget.json');
export const readBudget = () => JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));

export const gzipSize = (buf) => gzipSync(buf, { level: 9 }).length;
export const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

const walk = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });

const RUN_AT_ORDER = ['document_start', 'document_end', 'document_idle'];

/**
 * { contentScripts: [{ matches, runAt, files: [{ file, raw, gzip }], raw, gzip }], firstPaint, firstPaintFiles,
 * allContentScripts, extension }.
 * "At first paint" is the content scripts injected first (the earliest run_at in the manifest) with their CSS: what
 * the page must load and run before our panel can paint. Scripts with a later run_at (the field tips at
 * document_idle) load after it; the bench's trace checks that they do. EN and FR are in the same bundles (nothing
 * is split per language).
 */
export const measureSizes = (extDir) => {
  if (!existsSync(join(extDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extDir}: run "npm run build" (or "npx wxt build") first.`);
  }
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  const contentScripts = (manifest.content_scripts ?? []).map((cs) => {
    const files = [...(cs.js ?? []), ...(cs.css ?? [])].map((f) => {
      const buf = readFileSync(join(extDir, f));
      return { file: f, raw: buf.length, gzip: gzipSize(buf) };
    });
    // CSS the script fetches itself (WXT's cssInjectionMode "ui" loads content-scripts/<name>.css when it exists).
    for (const f of cs.js ?? []) {
      const css = f.replace(/\.js$/, '.css');
      if (css !== f && !(cs.css ?? []).includes(css) && existsSync(join(extDir, css))) {
        const buf = readFileSync(join(extDir, css));
        files.push({ file: css, raw: buf.length, gzip: gzipSize(buf), loadedByScript: true });
      }
    }
    return {
      matches: cs.matches,
      runAt: cs.run_at ?? 'document_idle',
      files,
      raw: files.reduce((a, f) => a + f.raw, 0),
      gzip: files.reduce((a, f) => a + f.gzip, 0),
    };
  });
  const rank = (cs) => RUN_AT_ORDER.indexOf(cs.runAt);
  const first = Math.min(...contentScripts.map(rank));
  const atFirstPaint = contentScripts.filter((cs) => rank(cs) === first);
  const all = walk(extDir)
    .filter((f) => !f.endsWith('.map'))
    .map((f) => {
      const buf = readFileSync(f);
      return { file: relative(extDir, f), raw: buf.length, gzip: gzipSize(buf) };
    })
    .sort((a, b) => b.gzip - a.gzip);
  return {
    contentScripts,
    languages: 'EN and FR in the same bundles (no per-language split)',
    firstPaint: atFirstPaint.reduce((a, cs) => a + cs.gzip, 0),
    firstPaintFiles: atFirstPaint.flatMap((cs) => cs.files.map((f) => f.file)),
    firstPaintRunAt: atFirstPaint[0]?.runAt ?? null,
    allContentScripts: contentScripts.reduce((a, cs) => a + cs.gzip, 0),
    extension: {
      files: all.length,
      raw: all.reduce((a, f) => a + f.raw, 0),
      gzip: all.reduce((a, f) => a + f.gzip, 0),
      largest: all.slice(0, 8),
    },
  };
};

/** What makes up a bundle, from a build with source maps: per package / our folder, minified and gzip bytes. */
export const bundleBreakdown = (file, { by = groupOf } = {}) => {
  const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  map.sources = map.sources.map((s) => relative(ROOT, resolve(dirname(file), map.sourceRoot ?? '', s)));
  return breakdown(code, map, { by });
};

/** The budget check: [{ name, actual, budget, ok }]. */
export const checkBudget = (sizes, budget = readBudget()) => [
  {
    name: 'content script at first paint (gzip)',
    actual: sizes.firstPaint,
    budget: budget.contentScriptFirstPaint,
    ok: sizes.firstPaint <= budget.contentScriptFirstPaint,
  },
  {
    name: 'whole extension (sum of gzip)',
    actual: sizes.extension.gzip,
    budget: budget.extension,
    ok: sizes.extension.gzip <= budget.extension,
  },
];
