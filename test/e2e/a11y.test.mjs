// Issue 6/6 (accessibility): WCAG 2.1 AA in real Chromium. axe-core scans of the overlay (inside its shadow root),
// the popup and the options page, in English and French and in several states; a whole step walked by keyboard only;
// one polite live region; Esc; visible focus; reduced motion; 200 % zoom. The critical criteria for an overlay
// (WCAG 2.1, https://www.w3.org/TR/WCAG21/): 1.4.13, 2.1.2, 2.4.3, 2.4.7, 4.1.3.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  axeViolations,
  chooseRoleInOverlay,
  clickShadow,
  focusInfo,
  hostSelector,
  launchChromium,
  openExtensionPage,
  openPortal,
  sendFromPage,
  tabTo,
  waitForOverlayText,
  waitForPage,
  waitForShadow,
} from './harness.mjs';

/** axe's context for the overlay: our host's open shadow root. */
const overlay = (page) => ({ include: [[hostSelector(page)]] });
// Polling from a timer: animation-frame polling stalls in background tabs.
const POLL = { polling: 100, timeout: 8000 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const expectNoViolations = async (page, state, context) => {
  const found = await axeViolations(page, context);
  assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on ${state}:\n  ${found.join('\n  ')}`);
};

/** Opens every <details> of the overlay, so collapsed sections are scanned too. */
const openAllDetails = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot ?? document;
    for (const d of root.querySelectorAll('details')) d.open = true;
  }, hostSelector(page));

const liveRegions = (page) =>
  page.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    return [
      ...(root?.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]') ?? []),
    ].map((el) => ({
      live: el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'alert' ? 'assertive' : 'polite'),
      text: el.textContent.trim(),
      inReport: !!el.closest('.cg-report'),
    }));
  }, hostSelector(page));

describe('Chromium: accessibility (WCAG 2.1 AA)', () => {
  let ctx;
  let options;
  const resetAll = () => sendFromPage(options, { type: 'reset', scope: 'all', confirm: true });

  before(async () => {
    ctx = await launchChromium();
    options = await openExtensionPage(ctx, 'options.html');
    await options.waitForSelector('[data-testid="options-main"] h2', { timeout: 8000 });
  });
  after(async () => {
    await ctx?.close();
  });

  for (const lang of ['en', 'fr']) {
    it(`overlay (${lang}): role chooser, checklist, field tip, error explained, report, collapsed`, async () => {
      await resetAll();
      const register = `/${lang}/business/register?late=0&screen=business-identifiers.${lang}`;
      const page = await openPortal(ctx.browser, register);
      await waitForPage(page, { page: 'business-identifiers', lang });
      await waitForShadow(page, 'input[name="cg-role"]');
      await expectNoViolations(page, `overlay ${lang}, role chooser`, overlay(page));

      await chooseRoleInOverlay(page, 'importer');
      await waitForShadow(page, '.cg-checklist');
      await openAllDetails(page);
      await expectNoViolations(
        page,
        `overlay ${lang}, role chosen, checklist and every section expanded`,
        overlay(page),
      );

      await clickShadow(page, '.cg-details .cg-link');
      await waitForShadow(page, '.cg-bubble');
      await expectNoViolations(page, `overlay ${lang}, field tip open`, overlay(page));

      // A format hint in the tip (the user typed something in the field).
      await page.evaluate(() => {
        const input = document.querySelector('main input');
        input.focus();
      });
      await page.keyboard.type('12 34');
      await sleep(300);
      await expectNoViolations(page, `overlay ${lang}, field tip with a format hint`, overlay(page));
      await page.keyboard.press('Escape');

      await page.evaluate((k) => {
        window.replica.show(k);
      }, `business-information.name-address-mismatch.${lang}`);
      await waitForShadow(page, '.cg-error');
      await openAllDetails(page);
      await expectNoViolations(page, `overlay ${lang}, portal error explained`, overlay(page));

      await clickShadow(page, '.cg-foot .cg-link');
      await waitForShadow(page, '.cg-report textarea');
      await expectNoViolations(page, `overlay ${lang}, "Report this page" open`, overlay(page));

      await clickShadow(page, '.cg-toggle');
      await waitForShadow(page, '.cg-collapsed');
      await expectNoViolations(page, `overlay ${lang}, collapsed`, overlay(page));
      await clickShadow(page, '.cg-toggle');

      await page.evaluate(
        (k) => window.replica.go(k),
        lang === 'en' ? '/en/no-such-page' : '/fr/pas-de-page',
      );
      await waitForPage(page, { page: 'unknown', lang });
      await openAllDetails(page);
      await expectNoViolations(page, `overlay ${lang}, unknown page`, overlay(page));
      assert.deepEqual(page.pageErrors, []);
      await page.close();
    });
  }

  it('popup and options page, English and French, with data and with a recovery notice', async () => {
    await resetAll();
    await sendFromPage(options, { type: 'set-role', role: 'importer' });
    await sendFromPage(options, { type: 'tick', itemId: 'prepare-bn9', done: true });
    await sendFromPage(options, { type: 'visit', page: 'business-information', lang: 'en' });
    await sendFromPage(options, {
      type: 'deadline-add',
      title: 'Post security',
      at: new Date(Date.now() + 9 * 86_400_000).toISOString(),
      note: 'RM0001',
    });
    await sendFromPage(options, {
      type: 'profile-create',
      label: 'Client B',
      role: 'broker',
      activate: false,
    });
    for (const lang of ['en', 'fr']) {
      await sendFromPage(options, { type: 'settings-update', patch: { language: lang } });
      const popup = await openExtensionPage(ctx, 'popup.html');
      await popup.waitForSelector('[data-testid="last-visit"]', { timeout: 8000 });
      await popup.waitForFunction((l) => document.documentElement.lang.startsWith(l), POLL, lang);
      await openAllDetails(popup);
      await expectNoViolations(popup, `popup ${lang}`);

      await options.reload({ waitUntil: 'domcontentloaded' });
      await options.waitForSelector('[data-testid="profile-list"]', { timeout: 8000 });
      await options.waitForFunction((l) => document.documentElement.lang.startsWith(l), POLL, lang);
      await openAllDetails(options);
      await expectNoViolations(options, `options ${lang}`);

      // A recovery notice (damaged storage) and an error message in the alert region.
      await options.evaluate(() =>
        chrome.storage.local.set({ userDeadlines: [{ id: 'x', title: '' }, 'junk'] }),
      );
      await sendFromPage(options, { type: 'get-state' });
      await options.waitForSelector('[data-testid="problems"]', { timeout: 8000 });
      await options.bringToFront();
      await options.click('[data-testid="profile-create"]');
      await expectNoViolations(options, `options ${lang}, recovery notice and a form error`);
      await options.click('[data-testid="problems-dismiss"]');
      await options.waitForFunction(() => !document.querySelector('[data-testid="problems"]'), POLL);
      assert.deepEqual(popup.pageErrors, []);
      await popup.close();
    }
    await sendFromPage(options, { type: 'settings-update', patch: { language: 'portal' } });
    assert.deepEqual(options.pageErrors, []);
  });

  it('walks the whole "Link your business" step by keyboard only, with visible focus and no trap', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0');
    // The wizard opens on its required-details screen (CBSA video 2), then "Next".
    await waitForPage(page, 'business-start');
    await waitForShadow(page, 'input[name="cg-role"]');
    const overlayStops = [];
    const visible = (info) => {
      if (!info.overlay) return;
      overlayStops.push(info);
      assert.ok(info.outline >= 2 || info.shadow, `no visible focus indicator on ${info.tag} "${info.name}"`);
      assert.ok(info.inViewport, `focused overlay control is off screen: ${info.tag} "${info.name}"`);
    };

    // Choose the role: Tab into the chooser, Space selects.
    visible(await tabTo(page, (i) => i.overlay && i.type === 'radio'));
    await page.keyboard.press('Space');
    await waitForPage(page, { role: 'importer' });
    await waitForOverlayText(page, /Step 3 of 5/);

    const wizard = [
      ['business-start', /Next/],
      ['business-identifiers', /Next/],
      ['business-information', /Next/],
      ['business-verification', /Next/],
      ['business-review', /Submit/],
    ];
    for (const [pageId, action] of wizard) {
      await waitForPage(page, pageId);
      // Tick the step's first open checklist item with the keyboard; focus stays on it.
      const box = await tabTo(page, (i) => i.overlay && i.type === 'checkbox' && i.checked === false, {
        max: 80,
      });
      visible(box);
      await page.keyboard.press('Space');
      await page.waitForFunction(() => {
        let el = document.activeElement;
        while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
        return el?.type === 'checkbox' && el.checked;
      }, POLL);
      // Leave the overlay forwards (no keyboard trap: Tab wraps to the portal), then fill the form.
      await tabTo(page, (i) => !i.overlay && i.tag !== 'BODY', { max: 80 });
      let typed = 0;
      for (let n = 0; n < 40; n++) {
        const info = await focusInfo(page);
        if (info.overlay) throw new Error(`reached the overlay before "${action}" on ${pageId}`);
        if (/^(button|a|div)$/.test(info.tag) && action.test(info.name)) {
          await page.keyboard.press('Enter');
          break;
        }
        if (info.tag === 'input' && /^(text|email|tel|number|)$/.test(info.type) && !info.value) {
          await page.keyboard.type(info.name.includes('Business Number') ? '123456789' : `Value ${++typed}`);
        } else if (info.tag === 'input' && info.type === 'date') {
          await page.keyboard.type('01152025');
        } else if (info.tag === 'select') {
          await page.keyboard.press('ArrowDown');
        } else if (
          info.tag === 'input' &&
          info.type === 'checkbox' &&
          /terms|conditions|confirm authentication/i.test(info.name)
        ) {
          await page.keyboard.press('Space');
        }
        await page.keyboard.press('Tab');
      }
    }
    await waitForPage(page, 'business-linked');
    await waitForOverlayText(page, /confirmed by the portal/);
    assert.ok(await page.evaluate(() => window.replica.submitted !== null), 'the form was submitted');
    assert.ok(overlayStops.length >= 5, 'the overlay was reached by keyboard on every page');
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('keeps keyboard focus on a control after choosing a role (2.4.3: focus is not dropped)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForShadow(page, 'input[name="cg-role"]');
    await tabTo(page, (i) => i.overlay && i.type === 'radio');
    await page.keyboard.press('Space');
    await waitForPage(page, { role: 'importer' });
    await sleep(300);
    const after = await focusInfo(page);
    assert.ok(
      after.overlay,
      `after choosing a role, focus went to ${after.tag} (the chosen radio was removed)`,
    );
    await page.close();
  });

  it('announces page and step changes in one polite live region that exists before it speaks (4.1.3)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForPage(page, 'sign-in');
    await chooseRoleInOverlay(page, 'importer');
    const regions = (await liveRegions(page)).filter((r) => !r.inReport);
    assert.equal(regions.length, 1, `one live region, found ${JSON.stringify(regions)}`);
    assert.equal(regions[0].live, 'polite');
    // Watch the region: same node throughout, and what it says.
    await page.evaluate((host) => {
      const region = document.querySelector(host).shadowRoot.querySelector('[aria-live]');
      window.__said = [];
      window.__region = region;
      new MutationObserver(() => window.__said.push(region.textContent.trim())).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    }, hostSelector(page));
    for (const [key, pageId] of [
      ['first-time-setup.en', 'first-time-setup'],
      ['business-identifiers.en', 'business-identifiers'],
      ['portal-home.en', 'portal-home'],
    ]) {
      await page.evaluate((k) => {
        window.replica.show(k);
      }, key);
      await waitForPage(page, pageId);
      await sleep(300);
    }
    // Re-renders of the same page say nothing new.
    const before = await page.evaluate(() => window.__said.length);
    for (let i = 0; i < 5; i++) await page.evaluate(() => window.replica.rerender());
    await sleep(500);
    const { said, same, count } = await page.evaluate(
      (host) => ({
        said: window.__said.filter(Boolean),
        same: document.querySelector(host).shadowRoot.querySelector('[aria-live]') === window.__region,
        count: window.__said.length,
      }),
      hostSelector(page),
    );
    assert.ok(same, 'the live region is never replaced (it must exist before content is put in it)');
    assert.equal(count, before, 'a re-render of the same page is not announced');
    assert.ok(
      said.some((s) => /First time setup/i.test(s) && /Step 3 of 5/.test(s)),
      said.join(' | '),
    );
    assert.ok(
      said.some((s) => /Step 4 of 5/.test(s)),
      said.join(' | '),
    );
    await page.close();
  });

  it('Esc closes a field tip first, keeps the panel open and focus on a visible control (1.4.13, 2.4.3)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await chooseRoleInOverlay(page, 'importer');
    const show = await tabTo(page, (i) => i.overlay && /Show next to the field/.test(i.name), { max: 80 });
    assert.ok(show);
    await page.keyboard.press('Enter');
    await waitForShadow(page, '.cg-bubble');
    await page.keyboard.press('Escape');
    await waitForShadow(page, '.cg-bubble', { gone: true });
    await sleep(200);
    const state = await page.evaluate(
      (host) => !!document.querySelector(host).shadowRoot.querySelector('.cg-collapsed'),
      hostSelector(page),
    );
    const focus = await focusInfo(page);
    assert.equal(state, false, 'one Esc closed the tip and also hid the whole panel');
    assert.ok(focus.overlay && focus.inViewport, `focus after Esc: ${focus.tag} "${focus.name ?? ''}"`);
    await page.close();
  });

  it('Esc in the panel collapses it and moves focus to its toggle (never to the page body)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await chooseRoleInOverlay(page, 'importer');
    await tabTo(page, (i) => i.overlay && i.type === 'checkbox', { max: 80 });
    await page.keyboard.press('Escape');
    await waitForShadow(page, '.cg-collapsed');
    const focus = await focusInfo(page);
    assert.ok(focus.overlay, `focus after collapsing: ${focus.tag}`);
    assert.match(focus.name ?? '', /Show the guide|Afficher/);
    await page.keyboard.press('Enter');
    await waitForShadow(page, '.cg-collapsed', { gone: true });
    await page.close();
  });

  it('respects prefers-reduced-motion: nothing in the overlay, popup or options page moves', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await waitForPage(page, 'business-identifiers');
    await clickShadow(page, '.cg-details .cg-link');
    await waitForShadow(page, '.cg-bubble');
    const moving = (p, rootSelector) =>
      p.evaluate((sel) => {
        const root = sel ? document.querySelector(sel).shadowRoot : document;
        const dur = (v) => Math.max(...v.split(',').map((x) => Number.parseFloat(x) || 0));
        return [...root.querySelectorAll('*')]
          .filter((el) => {
            const cs = getComputedStyle(el);
            return (
              dur(cs.transitionDuration) > 0.01 ||
              (cs.animationName !== 'none' && dur(cs.animationDuration) > 0.01) ||
              cs.scrollBehavior === 'smooth'
            );
          })
          .map((el) => el.localName + (el.className ? `.${el.className}` : ''));
      }, rootSelector);
    assert.deepEqual(await moving(page, hostSelector(page)), [], 'overlay');
    for (const file of ['popup.html', 'options.html']) {
      const p = await openExtensionPage(ctx, file);
      await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await p.waitForSelector('h2, h3', { timeout: 8000 });
      assert.deepEqual(await moving(p, null), [], file);
      await p.close();
    }
    await page.close();
  });

  it('is usable at 200 % zoom (1280 × 900 window): panel fits, scrolls, never covers the field in use', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    // 200 % zoom of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport at twice the pixel density.
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    await waitForPage(page, 'business-identifiers');
    await chooseRoleInOverlay(page, 'importer');
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-information');
    await sleep(300);
    const layout = await page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      const panel = root.querySelector('.cg-panel');
      const body = root.querySelector('.cg-body');
      const r = panel.getBoundingClientRect();
      const clipped = [...root.querySelectorAll('.cg-body *')]
        .filter((el) => !el.closest('.cg-sr') && el.scrollWidth > el.clientWidth + 1)
        .filter((el) => getComputedStyle(el).overflowX !== 'visible')
        .map((el) => el.localName);
      return {
        panel: { left: r.left, right: r.right, top: r.top, bottom: r.bottom },
        vw: innerWidth,
        vh: innerHeight,
        scrolls:
          body.scrollHeight <= body.clientHeight + 1 ||
          ['auto', 'scroll'].includes(getComputedStyle(body).overflowY),
        clipped,
      };
    }, hostSelector(page));
    assert.ok(
      layout.panel.left >= 0 && layout.panel.right <= layout.vw,
      `panel fits the width: ${JSON.stringify(layout)}`,
    );
    assert.ok(
      layout.panel.top >= 0 && layout.panel.bottom <= layout.vh,
      `panel fits the height: ${JSON.stringify(layout)}`,
    );
    assert.ok(layout.scrolls, 'the panel body scrolls when its content is taller than the panel');
    assert.deepEqual(layout.clipped, [], 'no text cut off sideways');
    // Every control of the panel can be reached and is shown when focused.
    const stops = [];
    for (let i = 0; i < 40; i++) {
      const info = await tabTo(page, (x) => x.overlay, { max: 40 });
      assert.ok(info.inViewport, `off screen when focused at 200 %: ${info.tag} "${info.name}"`);
      stops.push(info.name);
      if (stops.filter((s) => s === info.name).length > 1 && i > 3) break;
    }
    assert.ok(stops.length >= 3);
    // Fill the form by keyboard: the panel never covers the field being filled in.
    await page.evaluate(() => document.querySelector('main input').focus());
    for (let i = 0; i < 6; i++) {
      const covered = await page.evaluate((host) => {
        const field = document.activeElement;
        const panel = document.querySelector(host).shadowRoot.querySelector('.cg-panel');
        const a = field.getBoundingClientRect();
        const b = panel.getBoundingClientRect();
        return a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;
      }, hostSelector(page));
      assert.equal(covered, false, `the panel covers the focused field (field ${i + 1})`);
      await page.keyboard.press('Tab');
      await sleep(100);
    }
    // The popup and options page reflow at 200 % without sideways scrolling.
    for (const [file, width] of [
      ['popup.html', 400],
      ['options.html', 640],
    ]) {
      const p = await openExtensionPage(ctx, file);
      await p.setViewport({ width, height: 450, deviceScaleFactor: 2 });
      await p.waitForSelector('h2, h3', { timeout: 8000 });
      await openAllDetails(p);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 1, `${file} scrolls sideways by ${overflow}px at 200 %`);
      await p.close();
    }
    await page.close();
  });
});
