// 4. Navigation: pushState to <carm-guide data-page> updated, over many single-page navigations.
// 6. Memory: JS heap and listener counts after 500 navigations against after 10 (same page, same run).
import { metrics, openReplica, sleep, waitForMark } from '../lib/browsers.mjs';
import { pairedDiff, summary } from '../lib/stats.mjs';

export const NAV_START = '/en/homepage?late=0';
/** Consecutive pages always differ, so every navigation must change data-page. */
export const ROUTE = [
  ['/en/user-profile/create', 'user-profile'],
  ['/en/business-relationships', 'business-relationships'],
  ['/en/accounts/program-account-profile', 'program-account-profile'],
  ['/en/homepage', 'portal-home'],
];
const GAP_MS = 20;
const TIMEOUT_MS = 2000;

/**
 * In the page (main world): `count` navigations with window.replica.go(path). For each, the time from just before
 * the call (which pushStates, then renders synchronously) to the replica's `replica:rendered` event and, when the
 * extension is there, to data-page equal to the expected page id (MutationObserver on the host's attribute).
 */
/* global document, window, performance, MutationObserver */
function navigate(route, count, offset, gap, timeout) {
  const host = document.querySelector('carm-guide');
  const one = ([path, id]) =>
    new Promise((resolve) => {
      const r = { rendered: Number.NaN, updated: Number.NaN, id };
      let t0 = 0;
      let mo;
      const done = () => {
        mo?.disconnect();
        clearTimeout(timer);
        resolve(r);
      };
      const timer = setTimeout(() => {
        r.timedOut = true;
        r.saw = host?.getAttribute('data-page') ?? null;
        done();
      }, timeout);
      document.addEventListener(
        'replica:rendered',
        () => {
          r.rendered = performance.now() - t0;
          if (!host) done();
        },
        { once: true },
      );
      if (host) {
        mo = new MutationObserver(() => {
          if (host.getAttribute('data-page') === id) {
            r.updated = performance.now() - t0;
            done();
          }
        });
        mo.observe(host, { attributes: true, attributeFilter: ['data-page'] });
      }
      t0 = performance.now();
      window.replica.go(path);
    });
  return (async () => {
    const out = [];
    for (let i = 0; i < count; i++) {
      out.push(await one(route[(offset + i) % route.length]));
      await new Promise((res) => setTimeout(res, gap));
    }
    return out;
  })();
}

const heap = async (cdp) => {
  await cdp.send('HeapProfiler.enable');
  for (let i = 0; i < 2; i++) await cdp.send('HeapProfiler.collectGarbage');
  await sleep(50);
  const m = await metrics(cdp);
  return { heap: m.JSHeapUsedSize, listeners: m.JSEventListeners, nodes: m.Nodes, documents: m.Documents };
};

const runSide = async (side, { timed, total, log }) => {
  const { page, cdp, close } = await openReplica(side, NAV_START);
  try {
    await waitForMark(page, side.kind === 'ours' ? 'painted' : 'renderedPainted');
    await sleep(300);
    const nav = (count, offset) => page.evaluate(navigate, ROUTE, count, offset, GAP_MS, TIMEOUT_MS);
    await nav(10, 0);
    const at10 = await heap(cdp);
    const samples = await nav(timed, 10);
    log?.(`navigation ${side.kind}: ${timed} timed`);
    let done = 10 + timed;
    while (done < total) {
      const n = Math.min(100, total - done);
      await nav(n, done);
      done += n;
    }
    const atEnd = await heap(cdp);
    log?.(`navigation ${side.kind}: ${total} in all`);
    return { samples, at10, atEnd };
  } finally {
    await close();
  }
};

export const navigation = async ({ ours, baseline, timed, total, log }) => {
  const o = await runSide(ours, { timed, total, log });
  const b = await runSide(baseline, { timed, total, log });
  const updated = o.samples.map((s) => s.updated);
  const oursRendered = o.samples.map((s) => s.rendered);
  const baseRendered = b.samples.map((s) => s.rendered);
  const timedOut = o.samples.filter((s) => s.timedOut);
  const growth = (side) => ({
    at10: side.at10,
    atEnd: side.atEnd,
    heapGrowth: side.atEnd.heap - side.at10.heap,
    listenerGrowth: side.atEnd.listeners - side.at10.listeners,
  });
  const og = growth(o);
  const bg = growth(b);
  return {
    navigation: {
      start: NAV_START,
      route: ROUTE.map(([p]) => p),
      gapMs: GAP_MS,
      // Ours: pushState → data-page updated. Baseline: the page's own pushState → rendered, without the extension.
      ours: summary(updated),
      baseline: summary(baseRendered),
      added: summary(pairedDiff(updated, baseRendered)),
      oursReplicaRendered: summary(oursRendered),
      timedOut: timedOut.length,
      timedOutSamples: timedOut.slice(0, 5),
    },
    memory: {
      navigations: total,
      ours: og,
      baseline: bg,
      addedHeapGrowth: og.heapGrowth - bg.heapGrowth,
      addedListenerGrowth: og.listenerGrowth - bg.listenerGrowth,
    },
  };
};
