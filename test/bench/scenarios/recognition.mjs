// 3. Recognition: the cost of one evaluation (readSignals + recognise, the shipped code bundled on its own) on the
// largest replica page and on a synthetic 5,000-element page, timed in an isolated world as the content script runs.
import { PORTAL } from '../../e2e/harness.mjs';
import { openReplica, sleep } from '../lib/browsers.mjs';
import { summary } from '../lib/stats.mjs';

export const SYNTHETIC_ELEMENTS = 5000;

/**
 * A form-heavy page of exactly `total` elements (html, head and body included): a header with navigation, sections
 * with headings, labelled fields (label/for, aria-labelledby, wrapping labels), hints, tables, buttons, links and
 * status messages, in both languages, like a long portal form. No page rule matches it on purpose (the worst case:
 * every rule is scored and none wins early).
 */
export const syntheticPage = (total = SYNTHETIC_ELEMENTS) => {
  const parts = [];
  let count = 4; // html, head, title, body
  const add = (html, elements) => {
    parts.push(html);
    count += elements;
  };
  add('<header><nav><ul>', 3);
  for (let i = 0; i < 20; i++) add(`<li><a href="/en/page-${i}">Section ${i} · Rubrique ${i}</a></li>`, 2);
  add('</ul></nav></header><main>', 1);
  add('<h1>Demande de renseignements · Information request</h1>', 1);
  let s = 0;
  // One section is 1 + 1 + 1 + 8*4 + 1 + 1 + 6*5 + 1 + 1 = 69 elements.
  while (count + 69 + 2 <= total) {
    add(
      `<section><h2>Partie ${s} · Part ${s}</h2><p>Entrez les données exactes. Enter the exact details.</p>`,
      3,
    );
    for (let f = 0; f < 8; f++) {
      const id = `f${s}-${f}`;
      if (f % 3 === 0) {
        add(
          `<div class="form-group"><label for="${id}">Champ numéro ${f} (section ${s})</label><input id="${id}"><span class="hint">Format: 123456789</span></div>`,
          4,
        );
      } else if (f % 3 === 1) {
        add(
          `<div class="form-group"><span id="l${id}">Field ${f} of part ${s}</span><input aria-labelledby="l${id}"><span class="hint">Optional</span></div>`,
          4,
        );
      } else {
        add(
          `<div class="form-group"><label>Réponse ${f}<input name="${id}"></label><em>Requis</em></div>`,
          4,
        );
      }
    }
    add('<table><tbody>', 2);
    for (let r = 0; r < 6; r++)
      add(
        `<tr><td>Ligne ${r}</td><td>2024-0${(r % 9) + 1}-15</td><td>${r * 125}.00 $</td><td>Statut</td></tr>`,
        5,
      );
    add('</tbody></table>', 0);
    add(
      `<div role="status">Étape ${s} enregistrée</div><button type="button">Continue ${s}</button></section>`,
      2,
    );
    s++;
  }
  add('</main><footer>', 1);
  while (count < total) add('<span>·</span>', 1);
  parts.push('</footer>');
  return `<!doctype html><html lang="fr"><head><title>Synthetic</title></head><body>${parts.join('')}</body></html>`;
};

/** Evaluated in the isolated world after the recogniser bundle: warm-up, then single evaluations and parts. */
/* global window, document, performance */
const timingSource = (runs, href) => `(() => {
  const { readSignals, recognise } = globalThis.__carmRecogniser;
  const url = new URL(${JSON.stringify(href)});
  const one = () => recognise(readSignals(document, url, null));
  for (let i = 0; i < 30; i++) one();
  const total = [], read = [], match = [];
  for (let i = 0; i < ${runs}; i++) {
    const t0 = performance.now();
    const s = readSignals(document, url, null);
    const t1 = performance.now();
    recognise(s);
    const t2 = performance.now();
    total.push(t2 - t0); read.push(t1 - t0); match.push(t2 - t1);
  }
  // The overlay also looks for each field tip's field on every evaluation (locateFields → findField): one tip whose
  // field is absent (the worst case: every label is read).
  const { findField } = globalThis.__carmRecogniser;
  const tip = ['business number', 'bn9', "numéro d'entreprise", 'ne9'];
  for (let i = 0; i < 10; i++) findField(document, tip, null);
  const field = [];
  for (let i = 0; i < Math.min(${runs}, 100); i++) {
    const t0 = performance.now();
    findField(document, tip, null);
    field.push(performance.now() - t0);
  }
  const B = 100;
  const tb = performance.now();
  for (let i = 0; i < B; i++) one();
  const batchMean = (performance.now() - tb) / B;
  const s = readSignals(document, url, null);
  const r = recognise(s);
  return {
    total, read, match, field, batchMean,
    page: r.page,
    elements: document.getElementsByTagName('*').length,
    nodes: (() => { let n = 1; const w = document.createTreeWalker(document, 0xFFFFFFFF); while (w.nextNode()) n++; return n; })(),
    signals: { headings: s.headings.length, labels: s.labels.length, actions: s.actions.length, alerts: s.alerts.length, textChars: s.text.length },
  };
})()`;

const timeInIsolatedWorld = async (page, bundle, runs, href) => {
  const cdp = await page.createCDPSession();
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'carm-bench-recogniser',
    });
    const run = async (expression) => {
      const r = await cdp.send('Runtime.evaluate', {
        expression,
        contextId: executionContextId,
        returnByValue: true,
      });
      if (r.exceptionDetails)
        throw new Error(`In the isolated world: ${JSON.stringify(r.exceptionDetails).slice(0, 400)}`);
      return r.result.value;
    };
    await run(bundle);
    return await run(timingSource(runs, href));
  } finally {
    await cdp.detach();
  }
};

const summarise = (r) => ({
  page: r.page,
  elements: r.elements,
  nodes: r.nodes,
  signals: r.signals,
  evaluation: summary(r.total),
  readSignals: summary(r.read),
  recognise: summary(r.match),
  findFieldOneTip: summary(r.field),
  batchMean: r.batchMean,
});

export const recognition = async ({ baseline, bundle, runs, log }) => {
  // The largest replica screen, by element count, in the page without the extension (nothing else runs there).
  const { page, close } = await openReplica(baseline, '/en/homepage?late=0');
  let largest;
  try {
    await page.evaluate(() => window.replica.whenRendered());
    const keys = await page.evaluate(() => window.replica.keys());
    const sizes = [];
    for (const key of keys) {
      const n = await page.evaluate(async (k) => {
        await window.replica.show(k);
        return document.getElementsByTagName('*').length;
      }, key);
      sizes.push([key, n]);
    }
    sizes.sort((a, b) => b[1] - a[1]);
    const [key] = sizes[0];
    await page.evaluate((k) => window.replica.show(k), key);
    await sleep(100);
    const href = await page.evaluate(() => location.href);
    largest = { key, ...summarise(await timeInIsolatedWorld(page, bundle, runs, href)) };
    log?.(`recognition: largest replica screen ${key}`);
  } finally {
    await close();
  }
  const tab = await baseline.browser.newPage();
  let synthetic;
  try {
    await tab.setContent(syntheticPage(), { waitUntil: 'load' });
    synthetic = summarise(await timeInIsolatedWorld(tab, bundle, runs, `${PORTAL}/en/synthetic`));
    log?.('recognition: synthetic page');
  } finally {
    await tab.close();
  }
  return { runs, largest, synthetic };
};
