// Issue 6/6 and issue 13 (accessibility): WCAG 2.1 AA in real Chromium. axe-core scans of the in-page bar (inside
// its shadow root), the side panel (opened as sidepanel.html in a tab), the popup and the options page, in English and
// French and in several states; a whole step walked by keyboard only; page changes announced once by the side panel;
// Esc; visible focus; reduced motion; 200 % zoom. The critical criteria (../shared/design/guidance-prior-art.md §3a):
// 1.4.13, 2.1.2, 2.4.3, 2.4.7, 4.1.3.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  axeViolations,
  chooseRoleInOverlay,
  clickShadow,
  focusInfo,
  guidePanel,
  launchChromium,
  openExtensionPage,
  openPortal,
  sendFromPage,
  tabTo,
  waitForOverlayText,
  waitForPage,
  waitForPanelText,
  waitForShadow,
} from './harness.mjs';

const OVERLAY = { include: [['[data-carm-guide-host]']] };
// Polling from a timer: animation-frame polling stalls in background tabs.
const POLL = { polling: 100, timeout: 8000 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const expectNoViolations = async (page, state, context) => {
  const found = await axeViolations(page, context);
  assert.deepEqual(found, [], `axe (WCAG 2.1 AA) on ${state}:\n  ${found.join('\n  ')}`);
};

/** Opens every <details> of a page, so collapsed sections are scanned too. */
const openAllDetails = (page) =>
  page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });

/** Live regions of a document (the side panel) or of the bar's shadow root. */
const liveRegions = (page, inBar) =>
  page.evaluate((bar) => {
    const root = bar ? document.querySelector('[data-carm-guide-host]')?.shadowRoot : document;
    return [
      ...(root?.querySelectorAll('[aria-live], [role="status"], [role="alert"], [role="log"]') ?? []),
    ].map((el) => ({
      live: el.getAttribute('aria-live') ?? (el.getAttribute('role') === 'alert' ? 'assertive' : 'polite'),
      text: el.textContent.trim(),
      inReport: !!el.closest('.cg-report'),
    }));
  }, inBar);

/** What has focus in a plain document (the side panel). */
const panelFocus = (panel) =>
  panel.evaluate(() => {
    const el = document.activeElement;
    const cs = el ? getComputedStyle(el) : null;
    const r = el?.getBoundingClientRect();
    return {
      tag: el?.localName ?? '',
      type: el?.getAttribute('type') ?? '',
      checked: el?.checked,
      name: (el?.closest('label')?.textContent ?? el?.textContent ?? '')
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 80),
      outline: cs && cs.outlineStyle !== 'none' ? Number.parseFloat(cs.outlineWidth) : 0,
      inViewport: !!r && r.bottom > 0 && r.top < innerHeight,
    };
  });

/** Presses Tab in the side panel until `test` holds. */
const panelTabTo = async (panel, test, max = 80) => {
  const seen = [];
  for (let i = 0; i < max; i++) {
    await panel.keyboard.press('Tab');
    const info = await panelFocus(panel);
    seen.push(`${info.tag}:${info.type} "${info.name}"`);
    if (test(info)) return info;
  }
  throw new Error(`Tab never reached the control in the side panel; stops:\n  ${seen.join('\n  ')}`);
};

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
    it(`bar and side panel (${lang}): role chooser, checklist, field tip, error explained, report, folded, not the portal`, async () => {
      await resetAll();
      const register =
        lang === 'en'
          ? '/en/business/register?late=0&screen=business-identifiers.en'
          : '/fr/business/register?late=0&screen=business-identifiers.fr';
      const page = await openPortal(ctx.browser, register);
      await waitForPage(page, { page: 'business-identifiers', lang });
      await waitForShadow(page, '.cg-where:not([hidden])');
      await expectNoViolations(page, `bar ${lang}, default`, OVERLAY);

      const panel = await guidePanel(page);
      await panel.waitForSelector('input[name="sp-role"]', { timeout: 8000 });
      await expectNoViolations(panel, `side panel ${lang}, role chooser`);

      await chooseRoleInOverlay(page, 'importer');
      await panel.waitForSelector('.sp-checklist', { timeout: 8000 });
      await openAllDetails(panel);
      await expectNoViolations(panel, `side panel ${lang}, role chosen, every section expanded`);
      await expectNoViolations(page, `bar ${lang}, role chosen`, OVERLAY);

      // A field tip with a format hint (the user typed a complete value in the field).
      await page.bringToFront();
      await page.evaluate(() => document.querySelector('main input').focus());
      await waitForShadow(page, '.cg-bubble');
      await page.keyboard.type('123456783');
      await waitForShadow(page, '.cg-hint');
      await expectNoViolations(page, `bar ${lang}, field tip with a format hint`, OVERLAY);
      await page.keyboard.press('Escape');

      await page.evaluate((k) => {
        window.replica.show(k);
      }, `business-information.name-address-mismatch.${lang}`);
      await panel.waitForSelector('.sp-error', { timeout: 8000 });
      await openAllDetails(panel);
      await expectNoViolations(panel, `side panel ${lang}, portal error explained`);
      await expectNoViolations(page, `bar ${lang}, portal error`, OVERLAY);

      await panel.bringToFront();
      await panel.click('.sp-foot .sp-link');
      await panel.waitForSelector('.cg-report textarea');
      await expectNoViolations(panel, `side panel ${lang}, "Report this page" open`);
      await panel.keyboard.press('Escape');
      await panel.waitForFunction(() => !document.querySelector('.cg-report'), POLL);

      await clickShadow(page, '.cg-hide');
      await waitForShadow(page, '.cg-folded');
      await expectNoViolations(page, `bar ${lang}, folded`, OVERLAY);
      await clickShadow(page, '.cg-hide');
      await waitForShadow(page, '.cg-folded', { gone: true });

      await page.evaluate(
        (k) => window.replica.go(k),
        lang === 'en' ? '/en/no-such-page' : '/fr/pas-de-page',
      );
      await waitForPage(page, { page: 'unknown', lang });
      await openAllDetails(panel);
      await expectNoViolations(panel, `side panel ${lang}, unknown page`);
      await expectNoViolations(page, `bar ${lang}, unknown page`, OVERLAY);

      // The active tab is not the portal: the panel says so plainly.
      await sendFromPage(options, { type: 'settings-update', patch: { language: lang } });
      const other = await openExtensionPage(ctx, 'sidepanel.html?tab=999999');
      await other.waitForSelector('.sp-status', { timeout: 8000 });
      assert.match(
        await other.$eval('.sp-status', (e) => e.textContent),
        /not the CARM Client Portal|n’est pas le portail/,
      );
      await expectNoViolations(other, `side panel, not the portal`);
      await sendFromPage(options, { type: 'settings-update', patch: { language: 'portal' } });
      assert.deepEqual(page.pageErrors, []);
      assert.deepEqual(panel.pageErrors, []);
      await Promise.all([other.close(), panel.close(), page.close()]);
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

  it('walks the whole "Link your business" step by keyboard only: side panel and portal, visible focus, no trap', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForShadow(page, '.cg-where:not([hidden])');
    // The bar's controls come first on the page, with visible focus: "Open the guide" and "Hide" (2 tab stops).
    await page.bringToFront();
    const open = await tabTo(page, (i) => i.overlay);
    assert.match(open.name, /Open the guide/);
    assert.ok(open.outline >= 2 || open.shadow, 'visible focus on "Open the guide"');
    const panel = await guidePanel(page);
    await panel.bringToFront();
    // Choose the role in the side panel: Tab into the chooser, Space selects; focus lands on "Change role".
    const radio = await panelTabTo(panel, (i) => i.type === 'radio');
    assert.ok(radio.outline >= 2, 'visible focus on the role radio');
    await panel.keyboard.press('Space');
    await waitForPage(page, { role: 'importer' });
    await waitForPanelText(panel, /Part 3 · /);
    await sleep(300);
    const afterRole = await panelFocus(panel);
    assert.match(afterRole.name, /Change role/, `focus after choosing a role: ${JSON.stringify(afterRole)}`);

    const wizard = [
      ['business-identifiers', /Next/],
      ['business-information', /Next/],
      ['business-verification', /Next/],
      ['business-review', /Submit/],
    ];
    let panelStops = 0;
    for (const [pageId, action] of wizard) {
      await waitForPage(page, pageId);
      // Tick the step's first open checklist item in the side panel with the keyboard; focus stays on it.
      await panel.bringToFront();
      await waitForPanelText(panel, /Checklist for this part/);
      const box = await panelTabTo(panel, (i) => i.type === 'checkbox' && i.checked === false);
      assert.ok(box.outline >= 2 && box.inViewport, `visible focus on "${box.name}"`);
      panelStops++;
      await panel.keyboard.press('Space');
      await panel.waitForFunction(
        () => document.activeElement?.type === 'checkbox' && document.activeElement.checked,
        POLL,
      );
      // Then the portal: Tab past the bar into the form (no trap), fill it, and press the portal's own button.
      await page.bringToFront();
      await page.evaluate(() => document.activeElement?.blur());
      await tabTo(page, (i) => !i.overlay && i.tag !== 'BODY', { max: 80 });
      let typed = 0;
      for (let n = 0; n < 40; n++) {
        const info = await focusInfo(page);
        if (/^(button|a|div)$/.test(info.tag) && action.test(info.name) && !info.overlay) {
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
    await waitForPanelText(panel, /confirmed by the portal/);
    assert.ok(await page.evaluate(() => window.replica.submitted !== null), 'the form was submitted');
    assert.equal(panelStops, 4, 'the side panel was used by keyboard on every page');
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(panel.pageErrors, []);
    await panel.close();
    await page.close();
  });

  it('announces page and step changes once, from the side panel, in one polite region that exists first (4.1.3)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForPage(page, 'sign-in');
    await chooseRoleInOverlay(page, 'importer');
    const panel = await guidePanel(page);
    await waitForPanelText(panel, /Part 2 · /);
    const regions = (await liveRegions(panel, false)).filter((r) => !r.inReport);
    assert.equal(regions.length, 1, `one live region in the side panel, found ${JSON.stringify(regions)}`);
    assert.equal(regions[0].live, 'polite');
    // The bar has its own region for field tips only; it never says page changes (said once, by the panel).
    const barRegions = await liveRegions(page, true);
    assert.equal(barRegions.length, 1);
    await panel.evaluate(() => {
      const region = document.querySelector('[aria-live]');
      window.__said = [];
      window.__region = region;
      new MutationObserver(() => window.__said.push(region.textContent.trim())).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    await page.evaluate(() => {
      const region = document.querySelector('[data-carm-guide-host]').shadowRoot.querySelector('[aria-live]');
      window.__barSaid = [];
      new MutationObserver(() => window.__barSaid.push(region.textContent.trim())).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      });
    });
    for (const [key, pageId] of [
      ['first-time-setup.en', 'first-time-setup'],
      ['business-identifiers.en', 'business-identifiers'],
      ['portal-home.en', 'portal-home'],
    ]) {
      await page.evaluate((k) => {
        window.replica.show(k);
      }, key);
      await waitForPage(page, pageId);
      await sleep(400);
    }
    // Re-renders of the same page say nothing new.
    const before = await panel.evaluate(() => window.__said.length);
    for (let i = 0; i < 5; i++) await page.evaluate(() => window.replica.rerender());
    await sleep(600);
    const { said, same, count } = await panel.evaluate(() => ({
      said: window.__said.filter(Boolean),
      same: document.querySelector('[aria-live]') === window.__region,
      count: window.__said.length,
    }));
    assert.ok(same, 'the live region is never replaced (it must exist before content is put in it)');
    assert.equal(count, before, 'a re-render of the same page is not announced');
    assert.equal(said.filter((s) => /First time setup/.test(s)).length, 1, said.join(' | '));
    assert.ok(
      said.some((s) => /First time setup/i.test(s) && /Part 3 · /.test(s)),
      said.join(' | '),
    );
    assert.ok(
      said.some((s) => /Part 4 · /.test(s)),
      said.join(' | '),
    );
    const barSaid = await page.evaluate(() => window.__barSaid.filter(Boolean));
    assert.ok(
      !barSaid.some((s) => /First time setup|Part 4 · /.test(s)),
      `the bar said: ${barSaid.join(' | ')}`,
    );
    await panel.close();
    await page.close();
  });

  it('Esc closes a field tip first, keeps the bar as it is and focus in the field (1.4.13, 2.4.3)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForShadow(page, '.cg-where:not([hidden])');
    await page.evaluate(() => document.querySelector('main input').focus());
    await waitForShadow(page, '.cg-bubble');
    await page.keyboard.press('Escape');
    await waitForShadow(page, '.cg-bubble', { gone: true });
    await sleep(200);
    const folded = await page.evaluate(
      () => !!document.querySelector('[data-carm-guide-host]').shadowRoot.querySelector('.cg-folded'),
    );
    const focus = await focusInfo(page);
    assert.equal(folded, false, 'one Esc closed the tip and also folded the bar');
    assert.ok(!focus.overlay && focus.tag === 'input' && focus.inViewport, `focus after Esc: ${focus.tag}`);
    await page.close();
  });

  it('Esc in the bar folds it and moves focus to its toggle (never to the page body)', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForShadow(page, '.cg-where:not([hidden])');
    await tabTo(page, (i) => i.overlay && /Open the guide/.test(i.name));
    await page.keyboard.press('Escape');
    await waitForShadow(page, '.cg-folded');
    const focus = await focusInfo(page);
    assert.ok(focus.overlay, `focus after folding: ${focus.tag}`);
    assert.match(focus.name ?? '', /Show the guide bar/);
    await page.keyboard.press('Enter');
    await waitForShadow(page, '.cg-folded', { gone: true });
    await page.close();
  });

  it('respects prefers-reduced-motion: nothing in the overlay, popup or options page moves', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
    await waitForPage(page, 'business-identifiers');
    await waitForShadow(page, '.cg-where:not([hidden])');
    await page.evaluate(() => document.querySelector('main input').focus());
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
    assert.deepEqual(await moving(page, '[data-carm-guide-host]'), [], 'overlay');
    for (const file of ['popup.html', 'options.html', 'sidepanel.html']) {
      const p = await openExtensionPage(ctx, file);
      await p.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await p.waitForSelector('h1, h2, h3', { timeout: 8000 });
      assert.deepEqual(await moving(p, null), [], file);
      await p.close();
    }
    await page.close();
  });

  it('is usable at 200 % zoom (1280 × 900 window): the bar wraps, never covers the field in use; pages reflow', async () => {
    await resetAll();
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    // 200 % zoom of a 1280 × 900 window: a 640 × 450 CSS-pixel viewport at twice the pixel density.
    await page.setViewport({ width: 640, height: 450, deviceScaleFactor: 2 });
    await waitForPage(page, 'business-identifiers');
    await chooseRoleInOverlay(page, 'importer');
    await page.bringToFront();
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-information');
    await sleep(300);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('[data-carm-guide-host]').shadowRoot;
      const bar = root.querySelector('.cg-bar');
      const r = bar.getBoundingClientRect();
      const clipped = [...root.querySelectorAll('.cg-bar *')]
        .filter((el) => !el.closest('.cg-sr, .jr-sr') && el.scrollWidth > el.clientWidth + 1)
        .filter((el) => getComputedStyle(el).overflowX !== 'visible')
        .map((el) => el.localName);
      return { bar: { left: r.left, right: r.right }, vw: innerWidth, clipped };
    });
    assert.ok(
      layout.bar.left >= 0 && layout.bar.right <= layout.vw,
      `bar fits the width: ${JSON.stringify(layout)}`,
    );
    assert.deepEqual(layout.clipped, [], 'no text cut off sideways');
    // Both bar controls can be reached and are shown when focused.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.evaluate(() => document.activeElement?.blur());
    for (const name of [/Open the guide/, /Hide/]) {
      const info = await tabTo(page, (x) => x.overlay && name.test(x.name), { max: 10 });
      assert.ok(info.inViewport, `off screen when focused at 200 %: ${info.tag} "${info.name}"`);
    }
    // Fill the form by keyboard: nothing of ours covers the field being filled in.
    await page.evaluate(() => document.querySelector('main input').focus());
    for (let i = 0; i < 6; i++) {
      await sleep(350);
      const covered = await page.evaluate(() => {
        const r = document.activeElement.getBoundingClientRect();
        const x = Math.min(r.left + r.width / 2, innerWidth - 1);
        const y = Math.min(r.top + r.height / 2, innerHeight - 1);
        return !!document.elementFromPoint(x, y)?.closest('[data-carm-guide-host]');
      });
      assert.equal(covered, false, `the guide covers the focused field (field ${i + 1})`);
      await page.keyboard.press('Tab');
    }
    // The popup, options page and side panel reflow at 200 % without sideways scrolling.
    for (const [file, width] of [
      ['popup.html', 400],
      ['options.html', 640],
      ['sidepanel.html', 360],
    ]) {
      const p = await openExtensionPage(ctx, file);
      await p.setViewport({ width, height: 450, deviceScaleFactor: 2 });
      await p.waitForSelector('h1, h2, h3', { timeout: 8000 });
      await openAllDetails(p);
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - innerWidth);
      assert.ok(overflow <= 1, `${file} scrolls sideways by ${overflow}px at 200 %`);
      await p.close();
    }
    await page.close();
  });
});
