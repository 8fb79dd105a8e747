// 2. Page load: the main-thread time the extension adds to loading a portal page, and the time from the content
// script's start to the overlay painted.
import { metrics, openReplica, sleep, waitForMark, waitUntilPageTime } from '../lib/browsers.mjs';
import { pairedDiff, summary } from '../lib/stats.mjs';

export const PAGE_LOAD_PATH = '/en/business/register?late=0&screen=business-identifiers.en';
/** Both sides are measured over the same window from navigation start, long after the overlay is up. */
const WINDOW_MS = 1200;
const TRACE_CATEGORIES = ['devtools.timeline', 'blink.user_timing'];

const MS = 1000;

const loadOnce = async (side, path) => {
  // A quiet start: the previous tab's teardown and the extension's handling of its messages are over.
  await sleep(250);
  const { page, cdp, close } = await openReplica(side, path);
  try {
    await waitForMark(page, side.kind === 'ours' ? 'painted' : 'renderedPainted');
    await waitUntilPageTime(page, WINDOW_MS);
    const m = await metrics(cdp);
    const probe = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      return {
        marks: window.__bench.marks,
        longtasks: window.__bench.longtasks,
        nav: {
          responseEnd: n.responseEnd,
          domInteractive: n.domInteractive,
          dcl: n.domContentLoadedEventStart,
          load: n.loadEventStart,
          fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
        },
      };
    });
    return {
      task: m.TaskDuration * MS,
      script: m.ScriptDuration * MS,
      layout: m.LayoutDuration * MS,
      style: m.RecalcStyleDuration * MS,
      heap: m.JSHeapUsedSize,
      listeners: m.JSEventListeners,
      nodes: m.Nodes,
      marks: probe.marks,
      nav: probe.nav,
      longtasks: probe.longtasks,
    };
  } finally {
    await close();
  }
};

/** Script start from a trace: the content script's EvaluateScript; the probe's marks as user-timing events. */
const traceOnce = async (side, path) => {
  const { page, close } = await openReplica(side, path, { trace: TRACE_CATEGORIES });
  try {
    await waitForMark(page, 'painted');
    const buf = await page.tracing.stop();
    const { traceEvents } = JSON.parse(Buffer.from(buf).toString('utf8'));
    const evaluate = traceEvents.find(
      (e) => e.name === 'EvaluateScript' && /\/content-scripts\/portal\.js$/.test(e.args?.data?.url ?? ''),
    );
    const compile = traceEvents.find(
      (e) => e.name === 'v8.compile' && /\/content-scripts\/portal\.js$/.test(e.args?.data?.url ?? ''),
    );
    if (!evaluate) throw new Error('The trace has no EvaluateScript for content-scripts/portal.js');
    const at = (name) => {
      const e = traceEvents.find((x) => x.name === `bench:${name}` && x.pid === evaluate.pid);
      return e ? (e.ts - evaluate.ts) / 1000 : Number.NaN;
    };
    // Our other content scripts (the field tips at document_idle): when they ran, against the overlay's paint.
    const painted = traceEvents.find((x) => x.name === 'bench:painted' && x.pid === evaluate.pid);
    const others = traceEvents
      .filter(
        (e) =>
          e.name === 'EvaluateScript' &&
          e !== evaluate &&
          e.pid === evaluate.pid &&
          /^chrome-extension:\/\/[^/]+\/content-scripts\//.test(e.args?.data?.url ?? ''),
      )
      .map((e) => ({
        file: e.args.data.url.replace(/^chrome-extension:\/\/[^/]+\//, ''),
        start: (e.ts - evaluate.ts) / 1000,
        duration: e.dur / 1000,
        endedBeforePaint: painted ? e.ts + e.dur <= painted.ts : null,
      }));
    return {
      others,
      evaluate: evaluate.dur / 1000,
      compile: compile ? compile.dur / 1000 : Number.NaN,
      ctx: at('ctx'),
      host: at('host'),
      panel: at('panel'),
      painted: at('painted'),
    };
  } finally {
    await close();
  }
};

/**
 * Stops the extension's service worker (CDP ServiceWorker.stopAllWorkers from a blank tab), as Chrome does after
 * 30 s without events: the next portal page then finds the background asleep. Returns whether it stopped.
 */
const stopServiceWorker = async (side) => {
  const blank = await side.browser.newPage();
  try {
    const cdp = await blank.createCDPSession();
    await cdp.send('ServiceWorker.enable');
    const alive = () =>
      side.browser.targets().some((t) => t.type() === 'service_worker' && t.url().includes(side.extensionId));
    for (let i = 0; i < 20 && alive(); i++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await sleep(100);
    }
    return !alive();
  } finally {
    await blank.close();
  }
};

export const pageLoad = async ({ ours, baseline, runs, traceRuns, coldRuns = 0, log }) => {
  const path = PAGE_LOAD_PATH;
  // Warm-up: first loads pay for caches and the extension's service worker start; not counted.
  for (const side of [ours, baseline]) for (let i = 0; i < 2; i++) await loadOnce(side, path);
  const o = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    // Interleaved, alternating which side goes first, so drift of this 2-core machine hits both alike.
    const order = i % 2 ? [baseline, ours] : [ours, baseline];
    for (const side of order) (side === ours ? o : b).push(await loadOnce(side, path));
    log?.(`page load ${i + 1}/${runs}`);
  }
  // The first traced load pays for starting the tracing machinery: not counted.
  const traced = [];
  await traceOnce(ours, path);
  for (let i = 0; i < traceRuns; i++) traced.push(await traceOnce(ours, path));
  // The same load with the background asleep (a portal tab opened after 30 s without extension events).
  const cold = [];
  for (let i = 0; i < coldRuns; i++) {
    if (!(await stopServiceWorker(ours))) throw new Error('Could not stop the extension service worker');
    await sleep(500);
    cold.push(await loadOnce(ours, path));
  }
  const pick = (rows, k) => rows.map((r) => r[k]);
  const marks = (k, from) => o.map((r) => r.marks[k] - r.marks[from]);
  return {
    path,
    windowMs: WINDOW_MS,
    runs,
    mainThread: {
      ours: summary(pick(o, 'task')),
      baseline: summary(pick(b, 'task')),
      added: summary(pairedDiff(pick(o, 'task'), pick(b, 'task'))),
    },
    script: {
      ours: summary(pick(o, 'script')),
      baseline: summary(pick(b, 'script')),
      added: summary(pairedDiff(pick(o, 'script'), pick(b, 'script'))),
    },
    layoutAndStyle: {
      ours: summary(o.map((r) => r.layout + r.style)),
      baseline: summary(b.map((r) => r.layout + r.style)),
    },
    // From the content script's main() (WXT's context start, seen in the main world) to the overlay painted.
    ctxToPainted: summary(marks('painted', 'ctx')),
    ctxToHost: summary(marks('host', 'ctx')),
    hostToPanel: summary(marks('panel', 'host')),
    panelToPainted: summary(marks('painted', 'panel')),
    // The page's own first frame after it rendered: our script, when it runs in between, holds that frame back.
    pageRenderedToPainted: {
      ours: summary(o.map((r) => r.marks.renderedPainted - r.marks.rendered)),
      baseline: summary(b.map((r) => r.marks.renderedPainted - r.marks.rendered)),
      added: summary(
        pairedDiff(
          o.map((r) => r.marks.renderedPainted - r.marks.rendered),
          b.map((r) => r.marks.renderedPainted - r.marks.rendered),
        ),
      ),
    },
    replicaRendered: {
      ours: summary(pick(o, 'marks').map((m) => m.rendered)),
      baseline: summary(pick(b, 'marks').map((m) => m.rendered)),
    },
    navigationTiming: Object.fromEntries(
      ['responseEnd', 'domInteractive', 'dcl', 'load', 'fcp'].map((k) => [
        k,
        { ours: summary(o.map((r) => r.nav[k])), baseline: summary(b.map((r) => r.nav[k])) },
      ]),
    ),
    longtasks: { ours: o.map((r) => r.longtasks.length), baseline: b.map((r) => r.longtasks.length) },
    coldWorker: {
      runs: coldRuns,
      ctxToPainted: summary(cold.map((r) => r.marks.painted - r.marks.ctx)),
      hostToPanel: summary(cold.map((r) => r.marks.panel - r.marks.host)),
    },
    traced: {
      runs: traceRuns,
      categories: TRACE_CATEGORIES,
      startToPainted: summary(pick(traced, 'painted')),
      evaluate: summary(pick(traced, 'evaluate')),
      compile: summary(pick(traced, 'compile')),
      startToCtx: summary(pick(traced, 'ctx')),
      startToHost: summary(pick(traced, 'host')),
      startToPanel: summary(pick(traced, 'panel')),
      otherScriptsEndedBeforePaint: traced.flatMap((t) => t.others).filter((o) => o.endedBeforePaint).length,
      samples: traced,
    },
  };
};
