// Size budget check (deterministic, for CI): gzip -9 of the content script the portal loads at first paint, and of
// the whole built Chrome extension, against test/bench/size-budget.json. Exits 1 when a budget is exceeded.
//
//   npm run build && npm run check:size            checks .output/chrome-mv3
//   node scripts/check-size.mjs --dir <chrome-mv3>  checks another build
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkBudget, kb, measureSizes, readBudget } from '../test/bench/lib/size.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { dir: { type: 'string' } } });
const dir = resolve(values.dir ?? join(ROOT, '.output/chrome-mv3'));

let sizes;
try {
  sizes = measureSizes(dir);
} catch (e) {
  console.error(`check-size: ${e.message}`);
  process.exit(1);
}
const checks = checkBudget(sizes, readBudget());

console.log(`Sizes of ${dir} (gzip -9, 1 KB = 1024 bytes):`);
for (const cs of sizes.contentScripts) {
  const first = sizes.firstPaintFiles.includes(cs.files[0]?.file) ? ', at first paint' : '';
  console.log(
    `  content script ${cs.files.map((f) => f.file).join(' + ')} (${cs.runAt}${first}): ${kb(cs.gzip)}`,
  );
}
for (const c of checks) {
  console.log(`  ${c.ok ? 'ok  ' : 'OVER'} ${c.name}: ${kb(c.actual)} of ${kb(c.budget)}`);
}
const over = checks.filter((c) => !c.ok);
if (over.length > 0) {
  for (const c of over) {
    console.error(
      `\ncheck-size: ${c.name} is ${kb(c.actual)}, over its budget of ${kb(c.budget)} by ${kb(c.actual - c.budget)}.`,
    );
  }
  console.error(
    '\nSee what the content script is made of with "npm run bench -- --only size" (table "What … is made of"); the ' +
      'budget is in test/bench/size-budget.json.',
  );
  process.exit(1);
}
console.log('check-size: within budget.');
