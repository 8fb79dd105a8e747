// Issue 2/6: the guide in real Chromium: role paths through the replica, tips, errors, field tips that follow
// their field through re-renders, and tips docked when their field is gone.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  chooseRoleInOverlay,
  clickShadow,
  hostSelector,
  hostState,
  launchChromium,
  openPortal,
  waitForOverlayText,
  waitForPage,
  waitForShadow,
} from './harness.mjs';

const bubbleAndField = (page) =>
  page.evaluate((host) => {
    const bubble = document.querySelector(host)?.shadowRoot?.querySelector('.cg-bubble');
    const field = document.activeElement;
    const rect = (el) => {
      const r = el.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    return {
      bubble: bubble ? rect(bubble) : null,
      field: field && field !== document.body ? rect(field) : null,
    };
  }, hostSelector(page));

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
    const walk = [
      ['sign-in', 'account', /Step 2 of 5 · Create your account/],
      ['mfa-setup', 'account', /Step 2 of 5/],
      ['user-profile', 'account', /Step 2 of 5/],
      ['first-time-setup', 'link-business', /Step 3 of 5 · Link your business/],
      ['business-start', 'link-business', /Step 3 of 5/],
      ['business-identifiers', 'link-business', /Step 3 of 5/],
      ['business-information', 'link-business', /Step 3 of 5/],
      ['business-verification', 'link-business', /Step 3 of 5/],
      ['business-review', 'link-business', /Step 3 of 5/],
      ['business-linked', 'link-business', /Step 3 of 5/],
      ['portal-home', 'delegate', /Step 4 of 5 · Approve your broker/],
      ['third-party-requests', 'delegate', /Step 4 of 5/],
      ['relationship-details', 'delegate', /Step 4 of 5/],
      ['delegation-approved', 'delegate', /Step 4 of 5/],
      ['program-account-profile', 'rpp', /Step 5 of 5 · Post your security/],
      ['rpp-enrolment', 'rpp', /Step 5 of 5/],
      ['rpp-security', 'rpp', /Step 5 of 5/],
    ];
    for (const [pageId, step, label] of walk) {
      await page.evaluate((key) => {
        window.replica.show(key);
      }, `${pageId}.en`);
      const state = await waitForPage(page, { page: pageId, step, role: 'importer', lang: 'en' });
      assert.equal(state.count, 1);
      const text = await waitForOverlayText(page, label);
      assert.match(text, /Tips for this page/, `tips on ${pageId}`);
      assert.match(text, /Source/, `sources on ${pageId}`);
    }
    // The confirmation page ticked the link-business step's final item, and says the portal did it.
    await page.evaluate(() => window.replica.show('business-linked.en'));
    await waitForPage(page, 'business-linked');
    await waitForOverlayText(page, /confirmed by the portal/);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('walks the non-resident importer path through the document upload, in French', async () => {
    const page = await openPortal(ctx.browser, '/fr/business/register?nri=1');
    await waitForPage(page, { page: 'business-start', lang: 'fr' });
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, { page: 'business-identifiers', lang: 'fr' });
    // The role is kept per profile: switch this profile to the NRI path from the overlay. The role arrives with the
    // view, so wait for it (or for the role chooser) before reading it.
    await waitForOverlayText(page, /Étape 3 sur 5|À quel titre/);
    const current = await hostState(page);
    if (current.role) {
      await clickShadow(page, '.cg-meta button');
      await waitForPage(page, { role: null });
    }
    await chooseRoleInOverlay(page, 'nri');
    await waitForOverlayText(page, /Étape 3 sur 5 · Associer votre entreprise/);
    for (const pageId of [
      'business-information',
      'business-verification',
      'nri-documents',
      'business-review',
    ]) {
      await page.evaluate(() => window.replica.next());
      await waitForPage(page, { page: pageId, step: 'link-business', role: 'nri', lang: 'fr' });
      await waitForOverlayText(page, /Conseils pour cette page/);
    }
    await page.evaluate(() => window.replica.show('nri-documents.fr'));
    await waitForPage(page, 'nri-documents');
    assert.match(await waitForOverlayText(page, /BSF900/), /Étape 3 sur 5/);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('explains a portal error where it appears', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
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
      await waitForShadow(page, '.cg-error', { timeout: 8000 });
      await waitForOverlayText(page, text);
    }
    await page.close();
  });

  it('anchors a field tip beside its field, follows the field when the portal replaces it, and Esc closes it', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForOverlayText(page, /Help with the fields/);
    // Focus the Business Number field the way a user would: by its label.
    await page.evaluate(() => {
      const label = [...document.querySelectorAll('label, mat-label')].find((l) =>
        /Business Number/i.test(l.textContent),
      );
      const field =
        label?.closest('mat-form-field')?.querySelector('input') ?? document.getElementById(label?.htmlFor);
      field.focus();
    });
    await page.keyboard.type('12345');
    await waitForShadow(page, '.cg-bubble', { timeout: 8000 });
    const first = await bubbleAndField(page);
    assert.ok(first.field && first.bubble);
    assert.ok(!overlaps(first.bubble, first.field), 'the tip never covers the field being filled in');
    await waitForOverlayText(page, /Check this/);
    const oldNode = await page.evaluateHandle(() => document.activeElement);
    await page.evaluate(() => window.replica.rerender());
    await page.waitForFunction((el) => !el.isConnected, {}, oldNode);
    // Scroll the page a little: the bubble follows.
    await page.evaluate(() => window.scrollBy(0, 40));
    await new Promise((r) => setTimeout(r, 400));
    const second = await bubbleAndField(page);
    assert.ok(second.bubble, 'the tip is still shown after the field was replaced');
    assert.ok(Math.abs(second.bubble.top - second.field.top) < 40, 'and sits beside the new field');
    assert.ok(!overlaps(second.bubble, second.field));
    await page.keyboard.press('Escape');
    await page.waitForFunction(
      (host) => !document.querySelector(host)?.shadowRoot?.querySelector('.cg-bubble'),
      {},
      hostSelector(page),
    );
    assert.equal(
      await page.evaluate(() => document.activeElement?.tagName),
      'INPUT',
      'focus stayed in the field',
    );
    await page.close();
  });

  it('docks a tip in the panel when its field disappears, never losing it', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForOverlayText(page, /Show next to the field/);
    await clickShadow(page, '.cg-details .cg-link');
    await waitForShadow(page, '.cg-bubble', { timeout: 8000 });
    // The portal drops the field (a change we did not foresee).
    await page.evaluate(() => {
      for (const f of document.querySelectorAll('main mat-form-field, main input')) f.remove();
    });
    await waitForShadow(page, '.cg-docked-open', { timeout: 8000 });
    assert.equal(await page.$(`${hostSelector(page)} >>> .cg-bubble`), null);
    await waitForOverlayText(page, /not on the screen right now/);
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
    await clickShadow(page, '.cg-foot .cg-link');
    await waitForShadow(page, '.cg-report textarea', { timeout: 5000 });
    const outline = await page.$eval(`${hostSelector(page)} >>> .cg-report textarea`, (t) => t.value);
    assert.match(outline, /recognised: business-identifiers/);
    assert.match(outline, /business number/);
    assert.doesNotMatch(outline, /987654321|98765/);
    await page.close();
  });
});
