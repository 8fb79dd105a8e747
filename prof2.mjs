import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './test/e2e/harness.mjs';
import { syntheticPage } from './test/bench/scenarios/recognition.mjs';
import { bundleRecogniser } from './test/bench/lib/recogniser-bundle.mjs';
const bundle = await bundleRecogniser('/tmp/prof-bundle');
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent(syntheticPage());
await page.evaluate(bundle);
console.log(await page.evaluate(() => {
  const { readSignals, recognise } = globalThis.__carmRecogniser;
  const url = new URL('https://x/en/y');
  for (let i = 0; i < 20; i++) recognise(readSignals(document, url, null));
  for (const k of ['__p0','__p1','__p2','__p3','__p4','__p5','__p6']) globalThis[k] = 0;
  const N = 100; const t = performance.now(); let r;
  for (let i = 0; i < N; i++) { const s = readSignals(document, url, null); }
  const read = (performance.now() - t) / N;
  const s = readSignals(document, url, null);
  const t2 = performance.now(); for (let i = 0; i < N; i++) r = recognise(s); const rec = (performance.now() - t2) / N;
  return { read, rec, page: r.page, candidates: globalThis.__p0 / N, loop: (globalThis.__p1 - globalThis.__p0) / N, norm: globalThis.__p2 / N, vis: globalThis.__p3 / N, steps: globalThis.__p4 / N, mayMatter: globalThis.__p5 / N, relevant: globalThis.__p6 / N };
}));
await browser.close();
