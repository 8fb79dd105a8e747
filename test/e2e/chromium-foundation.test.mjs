// Issue 1/6: the whole path in real Chromium: build → load → recognise → overlay → background stores → popup reads.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { hostState, launchChromium, openPortal, waitForOverlayText, waitForPage } from './harness.mjs';

describe('Chromium: foundation', () => {
  let ctx;
  before(async () => {
    ctx = await launchChromium();
  });
  after(async () => {
    await ctx?.close();
  });

  it('mounts exactly one <carm-guide> on a late-rendered sign-in page, with the contract attributes', async () => {
    const page = await openPortal(ctx.browser, '/en/auth/login');
    const state = await waitForPage(page, { page: 'sign-in', step: 'account', lang: 'en' });
    assert.equal(state.count, 1);
    assert.equal(state.role, null, 'no role until the user picks one');
    await waitForOverlayText(page, /Unofficial/);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('follows pushState, popstate, a wizard screen without URL change, and /fr/', async () => {
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0');
    await waitForPage(page, 'sign-in');
    await page.evaluate(() => window.replica.go('/en/first-time-setup'));
    await waitForPage(page, { page: 'first-time-setup', step: 'link-business' });
    await page.evaluate(() => window.replica.go('/en/business/register'));
    // The wizard opens on its required-details screen, then moves on without a URL change.
    await waitForPage(page, 'business-start');
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-identifiers');
    const url = page.url();
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-information');
    assert.equal(page.url(), url, 'the wizard moved on without a URL change');
    // Wizard steps replace their history entry, so Back (popstate) leaves the wizard.
    await page.goBack();
    await waitForPage(page, 'first-time-setup');
    await page.evaluate(() => window.replica.back());
    await waitForPage(page, 'sign-in');
    await page.evaluate(() => window.replica.go('/fr/premiere-configuration'));
    const fr = await waitForPage(page, { page: 'first-time-setup', lang: 'fr' });
    assert.equal(fr.count, 1);
    await waitForOverlayText(page, /Non officiel/);
    await page.evaluate(() => window.replica.go('/fr/page-qui-nexiste-pas'));
    const unknown = await waitForPage(page, { page: 'unknown', lang: 'fr' });
    assert.equal(unknown.step, null, 'no data-step on an unknown page');
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('never duplicates the host through a render storm', async () => {
    const page = await openPortal(
      ctx.browser,
      '/en/business/register?churn=120&screen=business-identifiers.en',
    );
    await waitForPage(page, 'business-identifiers');
    for (let i = 0; i < 20; i++) await page.evaluate(() => window.replica.rerender());
    await new Promise((r) => setTimeout(r, 600));
    const state = await hostState(page);
    assert.equal(state.count, 1);
    assert.equal(state.page, 'business-identifiers');
    await page.close();
  });

  it('stores the last visit in the background and the popup shows it', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await new Promise((r) => setTimeout(r, 500));
    const popup = await ctx.browser.newPage();
    await popup.goto(`chrome-extension://${ctx.extensionId}/popup.html`);
    await popup.waitForSelector('[data-testid="last-visit"]', { timeout: 8000 });
    await popup.waitForFunction(
      () =>
        /Business Number and program account/.test(
          document.querySelector('[data-testid="last-visit"]')?.textContent ?? '',
        ),
      { timeout: 8000 },
    );
    const text = await popup.$eval('[data-testid="last-visit"]', (el) => el.textContent);
    assert.match(text, /Last on the portal/);
    await popup.close();
    await page.close();
  });
});
