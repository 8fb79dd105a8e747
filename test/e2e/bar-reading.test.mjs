// Issue 13, "less to read": the in-page bar in its default state says at most 40 words and has at most 5 tab stops,
// on every replica screen, in both languages, before and after a role is chosen. Prints the figures per page.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  launchChromium,
  openExtensionPage,
  openPortal,
  sendFromPage,
  waitForOverlayText,
} from './harness.mjs';

const WORDS = 40;
const TAB_STOPS = 5;

/** Words a sighted user reads in the bar (visible text only) and its keyboard stops. */
const barFigures = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-carm-guide-host]')?.shadowRoot;
    const bar = root?.querySelector('.cg-bar');
    if (!bar) return null;
    const visible = [...bar.children].filter(
      (el) => !el.hidden && !el.classList.contains('cg-sr') && getComputedStyle(el).display !== 'none',
    );
    const text = visible.map((el) => el.textContent).join(' ');
    const stops = [...bar.querySelectorAll('button, a[href], input, select, textarea, [tabindex]')].filter(
      (el) => !el.hidden && el.tabIndex >= 0 && getComputedStyle(el).display !== 'none',
    );
    return { words: text.split(/\s+/).filter(Boolean).length, stops: stops.length, text };
  });

describe('Chromium: the bar is short', () => {
  let ctx;
  let page;
  let options;
  let keys;
  before(async () => {
    ctx = await launchChromium();
    options = await openExtensionPage(ctx, 'options.html');
    page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForOverlayText(page, /Open the guide/);
    keys = await page.evaluate(() => window.replica.keys());
  });
  after(async () => {
    await ctx?.close();
  });

  for (const role of [null, 'importer', 'nri']) {
    it(`at most ${WORDS} words and ${TAB_STOPS} tab stops on every screen, EN and FR (role: ${role ?? 'none'})`, async () => {
      await sendFromPage(options, { type: 'set-role', role });
      const rows = [];
      for (const key of keys) {
        await page.evaluate((k) => window.replica.show(k), key);
        await page.evaluate(() => window.replica.whenRendered());
        // The bar's text arrives with the view: wait until it names this page's stage or error.
        let f = null;
        const deadline = Date.now() + 5000;
        let last = '';
        while (Date.now() < deadline) {
          await new Promise((r) => setTimeout(r, 120));
          f = await barFigures(page);
          if (f && f.text === last && /·|\w/.test(f.text)) break;
          last = f?.text ?? '';
        }
        rows.push({ key, ...f });
      }
      const worst = rows.reduce((a, b) => (b.words > a.words ? b : a));
      console.log(
        `role ${role ?? 'none'}: words per page ${rows.map((r) => `${r.key} ${r.words}/${r.stops}`).join(', ')}`,
      );
      console.log(`role ${role ?? 'none'}: most words ${worst.words} on ${worst.key}: "${worst.text}"`);
      for (const r of rows) {
        assert.ok(r.words <= WORDS, `${r.key}: ${r.words} words: "${r.text}"`);
        assert.ok(r.stops <= TAB_STOPS, `${r.key}: ${r.stops} tab stops`);
        assert.ok(r.words >= 8, `${r.key}: the bar says almost nothing: "${r.text}"`);
      }
    });
  }
});
