import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS } from './test/e2e/harness.mjs';
import { syntheticPage } from './test/bench/scenarios/recognition.mjs';
import { bundleRecogniser } from './test/bench/lib/recogniser-bundle.mjs';
const bundle = await bundleRecogniser('/tmp/prof-bundle');
const browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, pipe: true, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.setContent(syntheticPage());
await page.evaluate(bundle);
const out = await page.evaluate(() => {
  const T = (name, f, n = 50) => { for (let i = 0; i < 5; i++) f(); const t = performance.now(); let r; for (let i = 0; i < n; i++) r = f(); return [name, ((performance.now() - t) / n).toFixed(3), typeof r === 'number' ? r : '']; };
  const ALL = 'h1,h2,h3,h4,h5,h6,[role="heading"],legend,mat-card-title,label,mat-label,[aria-label]:not(button):not(a):not([role="button"]),[aria-labelledby],button,a[href],[role="button"],[role="tab"],[role="link"],input[type="submit"],input[type="button"],[role="alert"],[role="alertdialog"],[aria-live],[role="status"],[aria-current="step"]';
  const EX = 'nav,aside,header,footer,template,[role="navigation"],[role="menu"],[hidden],[aria-hidden="true"],[inert],details:not([open]) > :not(summary)';
  const main = document.querySelector('main');
  const c = [...main.querySelectorAll(ALL)];
  const { readSignals, recognise } = globalThis.__carmRecogniser;
  const url = new URL('https://x/en/y');
  const tags = ['h1','h2','h3','h4','h5','h6','legend','label','button','a','input','mat-label','mat-card-title'];
  return [
    T('qsa[role]', () => main.querySelectorAll('[role]').length, 100),
    T('qsa5attr', () => main.querySelectorAll('[role],[aria-label],[aria-labelledby],[aria-live],[aria-current]').length, 100),
    T('qsa*', () => main.querySelectorAll('*').length, 100),
    T('gebtn*iter', () => { const c = main.getElementsByTagName('*'); let k = 0; for (let i = 0; i < c.length; i++) if (c[i].localName.includes('-')) k++; return k; }, 100),
    T('gebtn*attr', () => { const c = main.getElementsByTagName('*'); let k = 0; for (let i = 0; i < c.length; i++) { const e = c[i]; if (e.hasAttribute('role') || e.hasAttribute('aria-live')) k++; } return k; }, 100),
    T('gebtnDivSpan', () => { let k = 0; for (const t of ['div','span','p','li','section']) { const c = main.getElementsByTagName(t); for (let i = 0; i < c.length; i++) if (c[i].hasAttribute('role')) k++; } return k; }, 100),
    T('xpathLocal', () => document.evaluate(".//*[contains(local-name(), '-')]", main, null, 7, null).snapshotLength),
    T('xpathRole', () => document.evaluate(".//*[@role]", main, null, 7, null).snapshotLength),
    T('readSignals', () => readSignals(document, url, null).labels.length, 100),
  ];
});
console.log(out);
await browser.close();
