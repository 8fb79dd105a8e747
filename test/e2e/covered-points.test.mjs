// Issue 13: with the guide in its default state, the in-page bar covers nothing of the portal. Every replica screen,
// both languages, at 1280×800 and 1024×640: document.elementFromPoint at the centre and inner corners of every
// heading, text, label, field and button in the viewport must hit the portal's element, never <carm-guide>. At
// 390×844, the focused field, its label and the page's primary button are never covered (bar or field tip).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { launchChromium, openPortal, waitForOverlayText } from './harness.mjs';

/** Shows a replica screen and waits until it is rendered and the bar has its view (its page name). */
const show = async (page, key) => {
  // Bounded: a screen that never says it rendered fails this test instead of hanging the suite.
  await page.evaluate(
    (k) =>
      Promise.race([
        Promise.resolve(window.replica.show(k)).then(() => window.replica.whenRendered()),
        new Promise((r) => setTimeout(r, 5000)),
      ]),
    key,
  );
  const want = key.split('.')[0];
  const deadline = Date.now() + 8000;
  while (Date.now() < deadline) {
    const ready = await page.evaluate(() => {
      const host = document.querySelector('[data-carm-guide-host]');
      return (
        !!host?.querySelector('carm-guide')?.getAttribute('data-page') &&
        !!host.shadowRoot?.querySelector('.cg-where:not([hidden])')
      );
    });
    if (ready) break;
    await new Promise((r) => setTimeout(r, 50));
  }
  // Late screens show a spinner first; the bar's own text settles after the view arrives.
  await new Promise((r) => setTimeout(r, 150));
  return want;
};

/** Points over every portal element a user reads or uses, in the viewport, and how many hit <carm-guide>. */
const coveredPoints = (page) =>
  page.evaluate(() => {
    const READ =
      'h1,h2,h3,h4,h5,h6,[role="heading"],p,li,dt,dd,th,td,label,mat-label,legend,span,strong,a,button,[role="button"],input:not([type="hidden"]),select,textarea,summary';
    const vw = innerWidth;
    const vh = innerHeight;
    let points = 0;
    const covered = [];
    for (const el of document.querySelectorAll(READ)) {
      if (el.closest('[data-carm-guide-host]')) continue;
      const isControl = el.matches('a,button,[role="button"],input,select,textarea,summary');
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!isControl && !hasText) continue;
      const r = el.getBoundingClientRect();
      if (r.width < 2 || r.height < 2) continue;
      const left = Math.max(r.left + 1, 0);
      const right = Math.min(r.right - 1, vw - 1);
      const top = Math.max(r.top + 1, 0);
      const bottom = Math.min(r.bottom - 1, vh - 1);
      if (left >= right || top >= bottom) continue; // not in the viewport
      const pts = [
        [(left + right) / 2, (top + bottom) / 2],
        [left, top],
        [right, top],
        [left, bottom],
        [right, bottom],
      ];
      for (const [x, y] of pts) {
        points++;
        const hit = document.elementFromPoint(x, y);
        if (hit?.closest('[data-carm-guide-host]'))
          covered.push(`${el.localName} "${(el.textContent ?? '').trim().slice(0, 30)}" at ${x},${y}`);
      }
    }
    return { points, covered };
  });

describe('Chromium: the bar covers nothing of the portal', () => {
  let ctx;
  let page;
  let keys;
  before(async () => {
    ctx = await launchChromium();
    page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForOverlayText(page, /Open the guide/);
    keys = await page.evaluate(() => window.replica.keys());
  });
  after(async () => {
    await ctx?.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [1024, 640],
  ]) {
    it(`0 covered points on every screen, EN and FR, at ${width}×${height}`, async () => {
      await page.setViewport({ width, height });
      let points = 0;
      const covered = [];
      for (const key of keys) {
        if (process.env.E2E_PROGRESS) process.stderr.write(`${width}: ${key}\n`);
        await show(page, key);
        await page.evaluate(() => window.scrollTo(0, 0));
        const r = await coveredPoints(page);
        points += r.points;
        covered.push(...r.covered.map((c) => `${key}: ${c}`));
      }
      console.log(
        `covered points at ${width}×${height}: ${covered.length} of ${points} points, ${keys.length} screens (EN + FR)`,
      );
      assert.ok(points > keys.length * 20, `enough points were checked (${points})`);
      assert.deepEqual(covered, []);
    });
  }

  it('at 390×844 the focused field, its label and the primary button are never covered', async () => {
    await page.setViewport({ width: 390, height: 844 });
    let checked = 0;
    const covered = [];
    for (const key of keys) {
      await show(page, key);
      const fields = await page.$$(
        'main input:not([type="hidden"]):not([type="file"]), main select, main textarea',
      );
      for (const field of fields) {
        await field.focus();
        // Focus scrolls the field into view; the tip is placed again after a floating label's transition.
        await new Promise((r) => setTimeout(r, 400));
        const r = await page.evaluate(() => {
          const f = document.activeElement;
          if (!f || f === document.body) return { checked: 0, covered: [] };
          const targets = [f, ...(f.labels ?? [])];
          const mat = f.closest('mat-form-field')?.querySelector('mat-label, label');
          if (mat) targets.push(mat);
          const primary = [...document.querySelectorAll('main button, main [role="button"]')].find((b) =>
            /^(next|submit|save|send|suivant|soumettre|enregistrer|envoyer)/i.test(b.textContent.trim()),
          );
          if (primary) targets.push(primary);
          const out = [];
          let n = 0;
          for (const t of targets) {
            const b = t.getBoundingClientRect();
            const x = Math.min(Math.max(b.left + b.width / 2, 0), innerWidth - 1);
            const y = b.top + b.height / 2;
            if (y < 0 || y >= innerHeight || b.width === 0) continue;
            n++;
            if (document.elementFromPoint(x, y)?.closest('[data-carm-guide-host]'))
              out.push(`${t.localName} "${t.textContent.trim().slice(0, 30)}"`);
          }
          return { checked: n, covered: out };
        });
        checked += r.checked;
        covered.push(...r.covered.map((c) => `${key}: ${c}`));
      }
    }
    if (covered.length) console.log(covered.join('\n'));
    console.log(
      `390×844: ${covered.length} covered of ${checked} focused fields, labels and primary buttons`,
    );
    assert.ok(checked > 50, `enough were checked (${checked})`);
    assert.deepEqual(covered, []);
  });
});
