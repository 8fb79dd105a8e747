// 7. Popup: from opening popup.html (navigation start) to the first countdown rendered, and painted.
import { metrics, sleep } from '../lib/browsers.mjs';
import { summary } from '../lib/stats.mjs';

/* global document, performance, requestAnimationFrame, MessageChannel, MutationObserver */
function popupProbe() {
  const B = { marks: {} };
  window.__bench = B;
  const mark = (n) => {
    if (B.marks[n] === undefined) B.marks[n] = performance.now();
  };
  const check = () => {
    const el = document.querySelector('.pp-countdown');
    if (!el?.textContent.trim()) return false;
    mark('countdown');
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => mark('painted');
      ch.port2.postMessage(0);
    });
    return true;
  };
  const mo = new MutationObserver(() => {
    if (check()) mo.disconnect();
  });
  mo.observe(document, { childList: true, subtree: true, characterData: true });
}

const once = async (side) => {
  const page = await side.browser.newPage();
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    await page.evaluateOnNewDocument(popupProbe);
    await page.goto(`chrome-extension://${side.extensionId}/popup.html`, { waitUntil: 'domcontentloaded' });
    await page.waitForFunction(() => window.__bench?.marks.painted !== undefined, {
      timeout: 10_000,
      polling: 'raf',
    });
    const r = await page.evaluate(() => {
      const n = performance.getEntriesByType('navigation')[0];
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      return {
        ...window.__bench.marks,
        dcl: n.domContentLoadedEventStart,
        fcp: fcp?.startTime ?? Number.NaN,
        countdowns: document.querySelectorAll('.pp-countdown').length,
      };
    });
    const m = await metrics(cdp);
    return { ...r, task: m.TaskDuration * 1000, script: m.ScriptDuration * 1000 };
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
};

export const popup = async ({ ours, runs, log }) => {
  for (let i = 0; i < 2; i++) await once(ours);
  const rows = [];
  for (let i = 0; i < runs; i++) {
    rows.push(await once(ours));
    await sleep(100);
  }
  log?.(`popup: ${runs} opens`);
  const pick = (k) => rows.map((r) => r[k]);
  return {
    runs,
    countdown: summary(pick('countdown')),
    painted: summary(pick('painted')),
    domContentLoaded: summary(pick('dcl')),
    firstContentfulPaint: summary(pick('fcp')),
    mainThread: summary(pick('task')),
    script: summary(pick('script')),
    countdowns: rows[0]?.countdowns,
  };
};
