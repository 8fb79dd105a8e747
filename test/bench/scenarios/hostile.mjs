// 9. Hostile pages (issue 15, finding 6): a page of interactive elements nested inside each other, and a 5-second
// pushState storm. What the extension adds to the page's main thread (long tasks, task time), how many navigations
// the page manages with and without it, and how many storage writes the storm causes. Same run, same browser flags.
import { metrics, openReplica, sleep, waitForMark } from '../lib/browsers.mjs';
import { summary } from '../lib/stats.mjs';

const PATH = '/en/business/register?late=0&screen=business-identifiers.en';
export const NESTED = { depth: Number(process.env.NEST_DEPTH ?? 400), watchMs: 3000 };
export const STORM_MS = 5000;

/* global document, history, performance, window */
/** In the page: `depth` interactive elements, each inside the one before (link, button, label, role=button, heading). */
function nest(depth) {
  const main = document.querySelector('main') ?? document.body;
  const kinds = ['a', 'button', 'label', 'div', 'h2'];
  let at = main;
  const t0 = performance.now();
  for (let i = 0; i < depth; i++) {
    const el = document.createElement(kinds[i % kinds.length]);
    if (el.localName === 'a') el.href = `#n${i}`;
    if (el.localName === 'div') el.setAttribute('role', 'button');
    el.append(`Business number ${i} · numéro d'entreprise `);
    at.append(el);
    at = el;
  }
  return t0;
}

/** In the page: navigations for `ms`, each one task, each with a small render. */
function storm(ms) {
  return new Promise((resolve) => {
    const main = document.querySelector('main') ?? document.body;
    const out = document.createElement('p');
    main.append(out);
    const end = performance.now() + ms;
    const start = performance.now();
    let n = 0;
    const step = () => {
      if (performance.now() >= end) return resolve({ navigations: n, start });
      history.pushState({}, '', `/en/storm/${n}`);
      out.textContent = `Page ${n}`;
      n++;
      setTimeout(step, 0);
    };
    step();
  });
}

const nestedOnce = async (side) => {
  const { page, cdp, close } = await openReplica(side, PATH);
  try {
    await waitForMark(page, side.kind === 'ours' ? 'painted' : 'renderedPainted');
    await sleep(500);
    const before = await metrics(cdp);
    const start = await page.evaluate(nest, NESTED.depth);
    await sleep(NESTED.watchMs);
    const after = await metrics(cdp);
    const long = await page.evaluate((s) => window.__bench.longtasks.filter((t) => t.start >= s), start);
    return {
      task: (after.TaskDuration - before.TaskDuration) * 1000,
      longTasks: long.length,
      longTotal: long.reduce((a, t) => a + t.duration, 0),
      longMax: Math.max(0, ...long.map((t) => t.duration)),
    };
  } finally {
    await close();
  }
};

const stormOnce = async (side) => {
  const { page, close } = await openReplica(side, PATH);
  let counter;
  try {
    await waitForMark(page, side.kind === 'ours' ? 'painted' : 'renderedPainted');
    if (side.kind === 'ours') {
      // Storage writes, counted where the extension sees them: any change to its local storage.
      counter = await side.browser.newPage();
      await counter.goto(`chrome-extension://${side.extensionId}/popup.html`);
      await counter.evaluate(() => {
        window.__writes = 0;
        chrome.storage.onChanged.addListener(() => {
          window.__writes++;
        });
      });
      await page.bringToFront();
    }
    await sleep(500);
    const { navigations } = await page.evaluate(storm, STORM_MS);
    await sleep(2500); // the coalesced write after the storm counts too
    const writes = counter ? await counter.evaluate(() => window.__writes) : null;
    const shown =
      side.kind === 'ours'
        ? await page.evaluate(() => document.querySelector('[data-carm-guide-host]') !== null)
        : null;
    return { navigations, writes, shown };
  } finally {
    await counter?.close();
    await close();
  }
};

export const hostile = async ({ ours, baseline, runs, log }) => {
  const nested = { ours: [], baseline: [] };
  const stormRuns = { ours: [], baseline: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 ? [baseline, ours] : [ours, baseline];
    for (const side of order) nested[side === ours ? 'ours' : 'baseline'].push(await nestedOnce(side));
    for (const side of order) stormRuns[side === ours ? 'ours' : 'baseline'].push(await stormOnce(side));
    log?.(`hostile ${i + 1}/${runs}`);
  }
  const pick = (rows, k) => summary(rows.map((r) => r[k]));
  return {
    path: PATH,
    nested: {
      ...NESTED,
      ours: {
        task: pick(nested.ours, 'task'),
        longTasks: pick(nested.ours, 'longTasks'),
        longTotal: pick(nested.ours, 'longTotal'),
        longMax: pick(nested.ours, 'longMax'),
      },
      baseline: {
        task: pick(nested.baseline, 'task'),
        longTasks: pick(nested.baseline, 'longTasks'),
        longTotal: pick(nested.baseline, 'longTotal'),
        longMax: pick(nested.baseline, 'longMax'),
      },
    },
    storm: {
      ms: STORM_MS,
      ours: { navigations: pick(stormRuns.ours, 'navigations'), writes: pick(stormRuns.ours, 'writes') },
      baseline: { navigations: pick(stormRuns.baseline, 'navigations') },
    },
  };
};
