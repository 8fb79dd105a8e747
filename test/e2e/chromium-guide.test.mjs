// Issue 2/6 and issue 13: the guide in real Chromium: role paths through the replica (the bar on the page, the full
// guide in the side panel), tips, errors, field tips that follow their field and leave with the focus.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  chooseRoleInOverlay,
  guidePanel,
  hostState,
  launchChromium,
  openPortal,
  overlayText,
  waitForOverlayText,
  waitForPage,
  waitForPanelText,
  waitForShadow,
} from './harness.mjs';

const liveText = (page) =>
  page.evaluate(
    () =>
      document.querySelector('[data-carm-guide-host]')?.shadowRoot?.querySelector('[role="status"]')
        ?.textContent ?? '',
  );

const focusBn = (page) =>
  page.evaluate(() => {
    const label = [...document.querySelectorAll('label, mat-label')].find((l) =>
      /Business Number/i.test(l.textContent),
    );
    const field =
      label?.closest('mat-form-field')?.querySelector('input') ?? document.getElementById(label?.htmlFor);
    field.focus();
  });

const bubbleAndField = (page) =>
  page.evaluate(() => {
    const bubble = document.querySelector('[data-carm-guide-host]')?.shadowRoot?.querySelector('.cg-bubble');
    const field = document.activeElement;
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      bubble: bubble ? rect(bubble) : null,
      field: field && field !== document.body ? rect(field) : null,
    };
  });

const overlaps = (a, b) => a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top;

describe('Chromium: the guide', () => {
  let ctx;
  before(async () => {
    ctx = await launchChromium();
  });
  after(async () => {
    await ctx?.close();
  });

  it('walks the importer path with step progress, tips and portal confirmations', async () => {
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForPage(page, 'sign-in');
    await chooseRoleInOverlay(page, 'importer');
    const panel = await guidePanel(page);
    // The guide's own parts ("Part 2 · …", never "Step n of m"): the part the user is at, which moves on as soon as
    // the portal shows a later page or a confirmation.
    const walk = [
      ['sign-in', 'account', /Part 2 · Create your account/],
      ['mfa-setup', 'account', /Part 2 · /],
      ['user-profile', 'account', /Part 2 · /],
      ['first-time-setup', 'link-business', /Part 3 · Link your business/],
      ['business-start', 'link-business', /Part 3 · /],
      ['business-identifiers', 'link-business', /Part 3 · /],
      ['business-information', 'link-business', /Part 3 · /],
      ['business-verification', 'link-business', /Part 3 · /],
      ['business-review', 'link-business', /Part 3 · /],
      ['business-linked', 'link-business', /Part 4 · Approve your broker/],
      ['portal-home', 'delegate', /Part 4 · Approve your broker/],
      ['third-party-requests', 'delegate', /Part 4 · /],
      ['relationship-details', 'delegate', /Part 4 · /],
      ['delegation-approved', 'delegate', /Part 5 · Post your security/],
      ['program-account-profile', 'rpp', /Part 5 · Post your security/],
      ['rpp-enrolment', 'rpp', /Part 5 · /],
      ['rpp-security', 'rpp', /Part 5 · /],
    ];
    for (const [pageId, step, label] of walk) {
      await page.evaluate((key) => {
        window.replica.show(key);
      }, `${pageId}.en`);
      const state = await waitForPage(page, { page: pageId, step, role: 'importer', lang: 'en' });
      assert.equal(state.count, 1);
      // The bar names the stage; the side panel follows the tab to the same page, with its tips and numbered notes.
      await waitForOverlayText(page, label);
      const text = await waitForPanelText(panel, label);
      assert.match(text, /This page/, `this page's section on ${pageId}`);
      assert.match(text, /Sources\s*\n?\s*.+/, `numbered sources on ${pageId}`);
    }
    // The confirmation page ticked the link-business step's final item, and says the portal did it.
    await page.evaluate(() => window.replica.show('business-linked.en'));
    await waitForPage(page, 'business-linked');
    await waitForPanelText(panel, /confirmed by the portal/);
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(panel.pageErrors, []);
    await panel.close();
    await page.close();
  });

  it('walks the non-resident importer path through the document upload, in French', async () => {
    const page = await openPortal(ctx.browser, '/fr/business/register?nri=1&screen=business-identifiers.fr');
    await waitForPage(page, { page: 'business-identifiers', lang: 'fr' });
    // The role is kept per profile: switch this profile to the NRI path from the overlay. The role arrives with the
    // view, so wait for it (or for the role chooser) before reading it.
    const panel = await guidePanel(page);
    await waitForPanelText(panel, /Partie \d · |À quel titre/);
    const current = await hostState(page);
    if (current.role) {
      await panel.click('.sp-meta button');
      await waitForPage(page, { role: null });
    }
    await chooseRoleInOverlay(page, 'nri');
    // The bar names the part the user is at; the side panel also says which part this page belongs to.
    await waitForOverlayText(page, /Partie \d · /);
    await waitForPanelText(panel, /Partie 3 · Associer votre entreprise/);
    for (const pageId of [
      'business-information',
      'business-verification',
      'nri-documents',
      'business-review',
    ]) {
      await page.evaluate(() => window.replica.next());
      await waitForPage(page, { page: pageId, step: 'link-business', role: 'nri', lang: 'fr' });
      await waitForPanelText(panel, /Cette page/);
    }
    await page.evaluate(() => window.replica.show('nri-documents.fr'));
    await waitForPage(page, 'nri-documents');
    // BSF900 is explained where it first appears, in French.
    const text = await waitForPanelText(panel, /BSF900 \(le formulaire de l'ASFC/);
    assert.match(text, /Partie 3 · /);
    assert.deepEqual(page.pageErrors, []);
    await panel.close();
    await page.close();
  });

  it('explains a portal error where it appears', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    const panel = await guidePanel(page);
    const cases = [
      [
        'business-information.name-address-mismatch.en',
        'business-information',
        'en',
        /Legal name or address[\s\S]*What to do/,
      ],
      ['business-verification.ec-1012.en', 'business-verification', 'en', /EC-1012[\s\S]*What to do/],
      ['business-review.registration-failed.fr', 'business-review', 'fr', /Que faire/],
    ];
    for (const [key, pageId, lang, text] of cases) {
      await page.evaluate((k) => {
        window.replica.show(k);
      }, key);
      await waitForPage(page, { page: pageId, lang });
      await panel.waitForSelector('.sp-error', { timeout: 8000 });
      await waitForPanelText(panel, text);
      // The bar says there is an error and where to read about it.
      await waitForOverlayText(
        page,
        lang === 'fr' ? /Le portail affiche une erreur/ : /The portal shows an error/,
      );
    }
    await panel.close();
    await page.close();
  });

  it('shows a field tip on focus beside its field, follows a replaced field, and closes when focus leaves', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await page.setViewport({ width: 1280, height: 800 });
    await waitForPage(page, 'business-identifiers');
    await waitForOverlayText(page, /Open the guide/);
    await new Promise((r) => setTimeout(r, 300));
    await focusBn(page);
    await waitForShadow(page, '.cg-bubble', { timeout: 8000 });
    await page.keyboard.type('12345678');
    await new Promise((r) => setTimeout(r, 300));
    const first = await bubbleAndField(page);
    assert.ok(first.field && first.bubble);
    assert.ok(!overlaps(first.bubble, first.field), 'the tip never covers the field being filled in');
    // Not while typing: 8 digits is not yet wrong.
    assert.doesNotMatch(await overlayText(page), /Check this/);
    const oldNode = await page.evaluateHandle(() => document.activeElement);
    await page.evaluate(() => window.replica.rerender());
    await page.waitForFunction((el) => !el.isConnected, {}, oldNode);
    await page.evaluate(() => window.scrollBy(0, 40));
    await new Promise((r) => setTimeout(r, 400));
    const second = await bubbleAndField(page);
    assert.ok(second.bubble, 'the tip is still shown after the field was replaced');
    assert.ok(Math.abs(second.bubble.top - second.field.top) < 60, 'and sits beside the new field');
    assert.ok(!overlaps(second.bubble, second.field));
    // Leaving the field closes the tip, and only then is the format check said.
    await page.evaluate(() => document.activeElement.blur());
    await waitForShadow(page, '.cg-bubble', { timeout: 5000, gone: true });
    const deadline = Date.now() + 3000;
    let said = '';
    while (Date.now() < deadline && !/9 digits/.test(said)) {
      said = await liveText(page);
      await new Promise((r) => setTimeout(r, 50));
    }
    assert.match(said, /Check this: A Business Number \(BN9\) has exactly 9 digits/);
    // The portal's own example number is never called wrong (it fails the usual check digit).
    await focusBn(page);
    await waitForShadow(page, '.cg-bubble', { timeout: 5000 });
    await page.evaluate(() => {
      document.activeElement.value = '';
    });
    await page.keyboard.type('123456789');
    await waitForOverlayText(page, /example the portal shows/);
    assert.doesNotMatch(await overlayText(page), /Check this/);
    await page.keyboard.press('Escape');
    await waitForShadow(page, '.cg-bubble', { timeout: 5000, gone: true });
    assert.equal(
      await page.evaluate(() => document.activeElement?.tagName),
      'INPUT',
      'focus stayed in the field',
    );
    await page.close();
  });

  it('never places a tip over the next field or the primary button, and lists field help in the side panel', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    const panel = await guidePanel(page);
    for (const [width, height] of [
      [1280, 800],
      [1024, 640],
      [390, 844],
    ]) {
      await page.setViewport({ width, height });
      await page.bringToFront();
      await page.evaluate(() => window.replica.show('business-information.en'));
      await waitForPage(page, 'business-information');
      await new Promise((r) => setTimeout(r, 300));
      const fields = await page.$$('main input:not([type=hidden]), main select');
      let shown = 0;
      for (const field of fields) {
        await field.focus();
        await new Promise((r) => setTimeout(r, 150));
        const bad = await page.evaluate(() => {
          const bubble = document
            .querySelector('[data-carm-guide-host]')
            ?.shadowRoot?.querySelector('.cg-bubble');
          if (!bubble || getComputedStyle(bubble).visibility === 'hidden') return null;
          const b = bubble.getBoundingClientRect();
          const hit = (el) => {
            const r = el.getBoundingClientRect();
            return (
              r.width > 0 && b.left < r.right && b.right > r.left && b.top < r.bottom && b.bottom > r.top
            );
          };
          const controls = [...document.querySelectorAll('main input:not([type=hidden]), main select')];
          const i = controls.indexOf(document.activeElement);
          const next = controls[i + 1];
          const buttons = [...document.querySelectorAll('main button, main [role=button]')].filter((el) =>
            /^(Next|Submit|Save)/.test(el.textContent.trim()),
          );
          const covered = [document.activeElement, next, ...buttons].filter((el) => el && hit(el));
          return covered.map((el) => el.outerHTML.slice(0, 80));
        });
        if (bad) shown++;
        assert.deepEqual(bad ?? [], [], `at ${width}×${height}`);
      }
      // Where there is room beside the fields, the tips do show (the check above is not vacuous).
      if (width >= 1024) assert.ok(shown >= 2, `${shown} tips shown at ${width}×${height}`);
    }
    await panel.bringToFront();
    await panel.click('.sp-more > summary');
    await waitForPanelText(panel, /Help with the fields[\s\S]*legal name/i);
    await panel.close();
    await page.close();
  });

  it('outlines the page for a report without any value the user typed', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await page.evaluate(() => {
      const label = [...document.querySelectorAll('label, mat-label')].find((l) =>
        /Business Number/i.test(l.textContent),
      );
      label?.closest('mat-form-field')?.querySelector('input')?.focus();
    });
    await page.keyboard.type('987654321');
    const panel = await guidePanel(page);
    await panel.waitForSelector('.sp-foot .sp-link');
    await panel.click('.sp-foot .sp-link');
    await panel.waitForSelector('.cg-report textarea', { timeout: 5000 });
    const outline = await panel.$eval('.cg-report textarea', (t) => t.value);
    assert.match(outline, /recognised: business-identifiers/);
    assert.match(outline, /business number/);
    assert.doesNotMatch(outline, /987654321|98765/);
    await panel.close();
    await page.close();
  });
});
