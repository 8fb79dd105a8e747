// 8. Peer: the same single tip beside the Business Number field, shown by driver.js on the same page without our
// extension, against ours shown by the extension when the field gets focus. Sizes side by side.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../../e2e/harness.mjs';
import { openReplica, sleep, waitForMark } from '../lib/browsers.mjs';
import { summary } from '../lib/stats.mjs';

export const PEER_PATH = '/en/business/register?late=0&screen=business-identifiers.en';
const DRIVER_JS = join(ROOT, 'node_modules/driver.js/dist/driver.js.iife.js');
const DRIVER_CSS = join(ROOT, 'node_modules/driver.js/dist/driver.css');

/* global document, window, performance, MutationObserver, KeyboardEvent */
/** The Business Number input, found by its label as a user would (same as the e2e tests). */
function bnField() {
  const label = [...document.querySelectorAll('label, mat-label')].find((l) =>
    /Business Number/i.test(l.textContent),
  );
  return label?.closest('mat-form-field')?.querySelector('input') ?? document.getElementById(label?.htmlFor);
}

/** Ours: focus the field → our bubble in the shadow root, positioned (style.left set) → painted. */
function oursTip(runs, bnFieldSource) {
  const findField = new Function(`return (${bnFieldSource})()`);
  const field = findField();
  const sr = document.querySelector('[data-carm-guide-host]').shadowRoot;
  const bubble = () => {
    const b = sr.querySelector('.cg-bubble');
    return b?.style.left ? b : null;
  };
  const one = () =>
    new Promise((resolve) => {
      let t0 = 0;
      const mo = new MutationObserver(() => {
        if (!bubble()) return;
        mo.disconnect();
        const shown = performance.now() - t0;
        // The tip's own words, without our "Unofficial" badge, for driver.js to show the same text.
        const words = [...(bubble().querySelector('.cg-bubble-text')?.childNodes ?? [])]
          .filter((n) => !n.classList?.contains('cg-badge-dark'))
          .map((n) => n.textContent)
          .join('')
          .trim();
        window.__bench.afterPaint((t) => resolve({ shown, painted: t - t0, text: words }));
      });
      mo.observe(sr, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] });
      t0 = performance.now();
      field.focus();
    });
  return (async () => {
    const out = [];
    for (let i = 0; i < runs; i++) {
      out.push(await one());
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      field.blur();
      while (sr.querySelector('.cg-bubble')) await new Promise((r) => setTimeout(r, 10));
      await new Promise((r) => setTimeout(r, 50));
    }
    return out;
  })();
}

/** driver.js: evaluate its script (timed), then highlight() the field with one popover → shown → painted. */
function driverTip(runs, bnFieldSource, js, css, text) {
  const findField = new Function(`return (${bnFieldSource})()`);
  const field = findField();
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  const s = document.createElement('script');
  s.textContent = js;
  const tl = performance.now();
  document.head.append(s);
  const loadMs = performance.now() - tl;
  const popover = () => {
    const p = document.querySelector('.driver-popover');
    return p?.style.left || p?.style.top ? p : null;
  };
  const one = () =>
    new Promise((resolve) => {
      const d = window.driver.js.driver({ animate: false });
      let t0 = 0;
      const mo = new MutationObserver(() => {
        if (!popover()) return;
        mo.disconnect();
        const shown = performance.now() - t0;
        window.__bench.afterPaint((t) => {
          resolve({ shown, painted: t - t0 });
          d.destroy();
        });
      });
      mo.observe(document.body, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['style'],
      });
      t0 = performance.now();
      d.highlight({ element: field, popover: { title: 'Business Number', description: text } });
    });
  return (async () => {
    const out = [];
    for (let i = 0; i < runs; i++) {
      out.push(await one());
      await new Promise((r) => setTimeout(r, 50));
    }
    return { loadMs, out };
  })();
}

export const peer = async ({ ours, baseline, runs, contentScriptGzip, log }) => {
  const source = bnField.toString();
  const a = await openReplica(ours, PEER_PATH);
  let oursRows;
  try {
    await waitForMark(a.page, 'painted');
    await sleep(300);
    oursRows = await a.page.evaluate(oursTip, runs + 2, source);
  } finally {
    await a.close();
  }
  const text = oursRows[0]?.text || 'Enter the 9 digits of your Business Number.';
  const js = readFileSync(DRIVER_JS, 'utf8');
  const css = readFileSync(DRIVER_CSS, 'utf8');
  const b = await openReplica(baseline, PEER_PATH);
  let driver;
  try {
    await waitForMark(b.page, 'renderedPainted');
    await sleep(300);
    driver = await b.page.evaluate(driverTip, runs + 2, source, js, css, text);
  } finally {
    await b.close();
  }
  log?.(`peer: ${runs} tips each`);
  const o = oursRows.slice(2);
  const d = driver.out.slice(2);
  return {
    path: PEER_PATH,
    runs,
    ours: {
      gzip: contentScriptGzip,
      shown: summary(o.map((r) => r.shown)),
      painted: summary(o.map((r) => r.painted)),
    },
    driver: {
      version: JSON.parse(readFileSync(join(ROOT, 'node_modules/driver.js/package.json'), 'utf8')).version,
      gzip: gzipSync(js, { level: 9 }).length + gzipSync(css, { level: 9 }).length,
      scriptEvalMs: driver.loadMs,
      options: { animate: false },
      shown: summary(d.map((r) => r.shown)),
      painted: summary(d.map((r) => r.painted)),
    },
    tipText: text.slice(0, 200),
  };
};
