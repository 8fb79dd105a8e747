// 2b. What the extension costs a page load, against what any extension with a content script costs (issue 13):
// the renderer's main-thread task time (CDP Performance.getMetrics → TaskDuration) from navigation to 1.5 s after
// the load event, for the same replica page in three browsers of one run, alternating: no extension (baseline), a
// do-nothing calibration extension whose content script only marks the page, and ours. Also the delay the extension
// adds to the page's own paint (the replica's first render → the frame that shows it), against the same baseline.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORTAL } from '../../e2e/harness.mjs';
import { metrics, openReplica, sleep, waitForMark, waitUntilPageTime } from '../lib/browsers.mjs';
import { pairedDiff, summary } from '../lib/stats.mjs';

export const LOAD_COST_PATH = '/en/business/register?late=0';
/** Measured until this long after the load event (the method: "the whole load plus 1.5 s"). */
const AFTER_LOAD_MS = 1500;

/**
 * The calibration extension: MV3, the portal host only, one content script at document_end (as ours) that sets one
 * attribute on <html>, and an empty service worker (the harness finds an extension by its worker). Built on the fly.
 */
export const buildCalibration = () => {
  const dir = mkdtempSync(join(tmpdir(), 'carm-bench-calibration-'));
  const manifest = {
    manifest_version: 3,
    name: 'Bench calibration: a content script that only marks the page',
    version: '1.0.0',
    host_permissions: [`${PORTAL}/*`],
    background: { service_worker: 'background.js' },
    content_scripts: [{ matches: [`${PORTAL}/*`], js: ['mark.js'], run_at: 'document_end' }],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(
    join(dir, 'background.js'),
    '// Nothing: the harness finds an extension by its service worker.\n',
  );
  writeFileSync(
    join(dir, 'mark.js'),
    "document.documentElement.setAttribute('data-bench-calibration', '');\n",
  );
  return dir;
};

const loadOnce = async (side) => {
  // A quiet start: the previous tab's teardown and the extension's handling of its messages are over.
  await sleep(250);
  const { page, cdp, close } = await openReplica(side, LOAD_COST_PATH, { waitUntil: 'load' });
  try {
    await waitForMark(page, 'renderedPainted');
    const loadEnd = await page.evaluate(
      () => performance.getEntriesByType('navigation')[0]?.loadEventEnd || performance.now(),
    );
    await waitUntilPageTime(page, loadEnd + AFTER_LOAD_MS);
    const m = await metrics(cdp);
    const marks = await page.evaluate(() => window.__bench.marks);
    return { task: m.TaskDuration * 1000, paintDelay: marks.renderedPainted - marks.rendered, loadEnd };
  } finally {
    await close();
  }
};

export const loadCost = async ({ ours, calibration, baseline, runs, log }) => {
  const sides = [baseline, calibration, ours];
  // Warm-up: first loads pay for caches and service-worker starts; not counted.
  for (const side of sides) for (let i = 0; i < 2; i++) await loadOnce(side);
  const rows = new Map(sides.map((s) => [s, []]));
  for (let i = 0; i < runs; i++) {
    // Every order in turn, so drift of a shared 2-core machine hits the three alike.
    const order = [...sides.slice(i % 3), ...sides.slice(0, i % 3)];
    if (i % 2) order.reverse();
    for (const side of order) rows.get(side).push(await loadOnce(side));
    log?.(`load cost ${i + 1}/${runs}`);
  }
  const task = (side) => rows.get(side).map((r) => r.task);
  const paint = (side) => rows.get(side).map((r) => r.paintDelay);
  return {
    path: LOAD_COST_PATH,
    afterLoadMs: AFTER_LOAD_MS,
    runs,
    mainThread: {
      baseline: summary(task(baseline)),
      calibration: summary(task(calibration)),
      ours: summary(task(ours)),
      calibrationAdded: summary(pairedDiff(task(calibration), task(baseline))),
      oursAdded: summary(pairedDiff(task(ours), task(baseline))),
      oursOverCalibration: summary(pairedDiff(task(ours), task(calibration))),
    },
    pagePaint: {
      baseline: summary(paint(baseline)),
      calibration: summary(paint(calibration)),
      ours: summary(paint(ours)),
      oursAdded: summary(pairedDiff(paint(ours), paint(baseline))),
    },
    loadEnd: {
      baseline: summary(rows.get(baseline).map((r) => r.loadEnd)),
      ours: summary(rows.get(ours).map((r) => r.loadEnd)),
    },
  };
};
