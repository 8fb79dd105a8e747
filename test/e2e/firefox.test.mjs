// Firefox ESR: the content script and background in a real Firefox (WebDriver BiDi cannot open moz-extension pages).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import {
  chooseRoleInOverlay,
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

  it('walks the importer path with step progress and tips', async () => {
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForPage(page, 'sign-in', 15000);
    await chooseRoleInOverlay(page, 'importer');
    const walk = [
      ['sign-in', 'account', /Step 2 of 5/],
      ['first-time-setup', 'link-business', /Step 3 of 5/],
      ['business-identifiers', 'link-business', /Step 3 of 5/],
      ['business-verification', 'link-business', /Step 3 of 5/],
      ['business-linked', 'link-business', /confirmed by the portal/],
      ['third-party-requests', 'delegate', /Step 4 of 5/],
      ['delegation-approved', 'delegate', /Step 4 of 5/],
      ['rpp-security', 'rpp', /Step 5 of 5/],
    ];
    for (const [pageId, step, label] of walk) {
      await page.evaluate((key) => {
        window.replica.show(key);
      }, `${pageId}.en`);
      await waitForPage(page, { page: pageId, step, role: 'importer' });
      const text = await waitForOverlayText(page, label);
      assert.match(text, /Tips for this page/);
    }
    assert.equal((await hostState(page)).count, 1);
    await page.close();
  });
});
