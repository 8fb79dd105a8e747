// 5. Churn: the page appends and replaces 10,000 nodes in 100 batches; the main-thread time the extension adds and
// any long task (over 50 ms) it causes.
import { metrics, openReplica, sleep, waitForMark } from '../lib/browsers.mjs';
import { pairedDiff, summary } from '../lib/stats.mjs';

export const CHURN_PATH = '/en/business/register?late=0&screen=business-identifiers.en';
export const CHURN = { nodes: 10_000, batches: 100, gapMs: 10 };
/** After the last batch: the extension's trailing (throttled, 100 ms) evaluation and re-render are counted. */
const TAIL_MS = 400;

/**
 * In the page (main world), inside <main>: 100 batches of 100 new elements (every fifth a <label>, the others
 * <div>s, each with text), one batch per task with `gapMs` between; even batches are appended, odd batches replace
 * the batch before them. 10,000 nodes created, 5,000 left on the page.
 */
/* global document, performance */
function churn(nodes, batches, gapMs) {
  return new Promise((resolve) => {
    const main = document.querySelector('main') ?? document.body;
    const box = document.createElement('div');
    main.append(box);
    const per = nodes / batches;
    let prev = null;
    let k = 0;
    const t0 = performance.now();
    const step = () => {
      const batch = document.createElement('div');
      for (let i = 0; i < per; i++) {
        const n = document.createElement(i % 5 === 0 ? 'label' : 'div');
        n.textContent = `Row ${k * per + i}: numéro ${i}`;
        batch.append(n);
      }
      if (k % 2 === 1 && prev) prev.replaceWith(batch);
      else box.append(batch);
      prev = batch;
      k++;
      if (k < batches) setTimeout(step, gapMs);
      else resolve({ start: t0, end: performance.now() });
    };
    step();
  });
}

const once = async (side) => {
  const { page, cdp, close } = await openReplica(side, CHURN_PATH);
  try {
    await waitForMark(page, side.kind === 'ours' ? 'painted' : 'renderedPainted');
    await sleep(500);
    const before = await metrics(cdp);
    const { start, end } = await page.evaluate(churn, CHURN.nodes, CHURN.batches, CHURN.gapMs);
    await sleep(TAIL_MS);
    const after = await metrics(cdp);
    const probe = await page.evaluate(
      (s) => ({
        longtasks: window.__bench.longtasks.filter((t) => t.start >= s),
        loafs: window.__bench.loafs.filter((t) => t.start >= s),
        elements: document.getElementsByTagName('*').length,
      }),
      start,
    );
    return {
      task: (after.TaskDuration - before.TaskDuration) * 1000,
      script: (after.ScriptDuration - before.ScriptDuration) * 1000,
      layout: (after.LayoutDuration - before.LayoutDuration) * 1000,
      style: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
      wall: end - start,
      ...probe,
    };
  } finally {
    await close();
  }
};

export const churnScenario = async ({ ours, baseline, runs, log }) => {
  await once(ours);
  await once(baseline);
  const o = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [baseline, ours] : [ours, baseline];
    for (const side of order) (side === ours ? o : b).push(await once(side));
    log?.(`churn ${i + 1}/${runs}`);
  }
  const task = (rows) => rows.map((r) => r.task);
  const added = pairedDiff(task(o), task(b));
  const pct = added.map((d, i) => (100 * d) / b[i].task);
  const long = (rows) => rows.flatMap((r) => r.longtasks);
  return {
    path: CHURN_PATH,
    ...CHURN,
    tailMs: TAIL_MS,
    runs,
    mainThread: { ours: summary(task(o)), baseline: summary(task(b)), added: summary(added) },
    overheadPct: summary(pct),
    script: { ours: summary(o.map((r) => r.script)), baseline: summary(b.map((r) => r.script)) },
    layout: { ours: summary(o.map((r) => r.layout)), baseline: summary(b.map((r) => r.layout)) },
    style: { ours: summary(o.map((r) => r.style)), baseline: summary(b.map((r) => r.style)) },
    wall: { ours: summary(o.map((r) => r.wall)), baseline: summary(b.map((r) => r.wall)) },
    elementsAfter: { ours: o[0]?.elements, baseline: b[0]?.elements },
    longTasks: {
      ours: long(o).length,
      baseline: long(b).length,
      oursMaxMs: Math.max(0, ...long(o).map((t) => t.duration)),
      baselineMaxMs: Math.max(0, ...long(b).map((t) => t.duration)),
      // Long animation frames name the scripts that ran in them (extension scripts by their chrome-extension URL).
      oursLoafScripts: [
        ...new Set(o.flatMap((r) => r.loafs.flatMap((l) => l.scripts.map((s) => s.sourceURL || s.invoker)))),
      ].slice(0, 10),
    },
  };
};
