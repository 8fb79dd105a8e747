// Firefox ESR: the content script and background in a real Firefox (WebDriver BiDi cannot open moz-extension pages).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  clickShadow,
  hostState,
  launchFirefox,
  openPortal,
  waitForOverlayText,
  waitForPage,
} from './harness.mjs';

describe('Firefox ESR: foundation and the importer walk', () => {
  let ctx;
  before(async () => {
    ctx = await launchFirefox();
  });
  after(async () => {
    await ctx?.close();
  });

  it('mounts one host and follows navigation and language', async () => {
    const page = await openPortal(ctx.browser, '/en/auth/login');
    const state = await waitForPage(page, { page: 'sign-in', step: 'account', lang: 'en' }, 15000);
    assert.equal(state.count, 1);
    await page.evaluate(() => window.replica.go('/en/first-time-setup'));
    await waitForPage(page, 'first-time-setup');
    await page.evaluate(() => window.replica.go('/en/business/register'));
    await waitForPage(page, 'business-start');
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-identifiers');
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-information');
    await page.evaluate(() => window.replica.go('/fr/home'));
    const fr = await waitForPage(page, { page: 'portal-home', lang: 'fr' });
    assert.equal(fr.count, 1);
    await waitForOverlayText(page, /Non officiel/);
    assert.equal((await hostState(page)).count, 1);
    await page.close();
  });

  it('walks the registration pages with the bar naming each page and stage (no role chosen yet)', async () => {
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForPage(page, 'sign-in', 15000);
    // The role is chosen in the side panel (sidebar), which WebDriver BiDi cannot open: the bar asks for it.
    await waitForOverlayText(page, /Open the guide to choose your role/);
    const walk = [
      ['sign-in', 'account', /Sign in · Create your account/],
      ['first-time-setup', 'link-business', /First time setup · Link your business/],
      ['business-identifiers', 'link-business', /Business Number and program account/],
      ['business-verification', 'link-business', /Verification questions/],
      ['third-party-requests', 'delegate', /Pending third-party requests/],
      ['rpp-security', 'rpp', /Submit financial security/],
    ];
    for (const [pageId, step, label] of walk) {
      await page.evaluate((key) => {
        window.replica.show(key);
      }, `${pageId}.en`);
      await waitForPage(page, { page: pageId, step });
      await waitForOverlayText(page, label);
    }
    assert.equal((await hostState(page)).count, 1);
    // "Open the guide" from the page: Firefox opens its sidebar only from a user action in the extension itself,
    // so where it refuses, the bar says how to open it.
    await clickShadow(page, '.cg-open');
    await waitForOverlayText(page, /press Alt\+Shift\+G/);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });
});
