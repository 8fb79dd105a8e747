// `npm run demo`: builds the extension and shows it on the portal replica in Chromium.
// With a display it opens a real window; without one (or with --screenshots DIR) it writes screenshots of the
// in-page bar and of the side panel beside the portal in English and French at 1280×800 and 1024×640, a field tip,
// the popup and the options page, and prints where they are.
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import {
  ARTIFACTS,
  chooseRoleInOverlay,
  guidePanel,
  launchChromium,
  openPortal,
  waitForOverlayText,
  waitForPage,
  waitForPanelText,
  waitForShadow,
} from '../test/e2e/harness.mjs';

const args = process.argv.slice(2);
const shotsAt = args.indexOf('--screenshots');
const wantShots = shotsAt >= 0 || !process.env.DISPLAY;
const dir = resolve(shotsAt >= 0 && args[shotsAt + 1] ? args[shotsAt + 1] : join(ARTIFACTS, 'demo'));

if (!args.includes('--no-build')) {
  console.log('Building the extension (Chrome MV3)…');
  const built = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

/** Focuses the Business Number field as a user would, whichever label markup the replica screen uses. */
const focusBusinessNumber = (p) =>
  p.evaluate(() => {
    const label = [...document.querySelectorAll('label, mat-label')].find((l) =>
      /Business Number/.test(l.textContent),
    );
    const field =
      label?.closest('mat-form-field')?.querySelector('input') ??
      document.getElementById(label?.htmlFor ?? '');
    field?.focus();
  });

const ctx = await launchChromium({ headless: wantShots });
try {
  const page = await openPortal(ctx.browser, '/en/business/register?screen=business-identifiers.en');
  await waitForPage(page, 'business-identifiers');
  if (!wantShots) {
    console.log('Chromium is open on the portal replica with CARM Guide. Close the window to end the demo.');
    await new Promise((done) => ctx.browser.on('disconnected', done));
    process.exit(0);
  }
  mkdirSync(dir, { recursive: true });
  const shots = [];
  const shoot = async (p, name) => {
    const file = join(dir, name);
    await p.screenshot({ path: file });
    shots.push(file);
  };
  /** The browser window as a user sees it with the side panel open: the portal, and the panel on its right. */
  const besideShot = async (portal, panel, width, height, name) => {
    const PANEL = 360;
    await portal.setViewport({ width: width - PANEL, height });
    await panel.setViewport({ width: PANEL, height });
    await new Promise((r) => setTimeout(r, 400));
    // A tab in the background paints no frames: bring each to the front before its screenshot.
    await portal.bringToFront();
    const left = Buffer.from(await portal.screenshot()).toString('base64');
    await panel.bringToFront();
    await new Promise((r) => setTimeout(r, 200));
    const right = Buffer.from(await panel.screenshot()).toString('base64');
    const sheet = await ctx.browser.newPage();
    await sheet.setViewport({ width, height });
    // Two screenshots side by side, with the browser's divider between them; nothing is loaded from anywhere.
    await sheet.setContent(
      `<body style="margin:0;display:flex;background:#888"><img style="display:block" src="data:image/png;base64,${left}"><img style="display:block;border-left:1px solid #888" src="data:image/png;base64,${right}"></body>`,
    );
    await sheet.bringToFront();
    await shoot(sheet, name);
    await sheet.close();
    await portal.setViewport({ width, height });
  };

  await shoot(page, 'bar-en-choose-role.png');
  await chooseRoleInOverlay(page, 'importer');
  await waitForOverlayText(page, /Part 3 · /);
  const panel = await guidePanel(page);
  await waitForPanelText(panel, /Part 3 · /);
  for (const lang of ['en', 'fr']) {
    await page.bringToFront();
    await page.evaluate((k) => window.replica.show(k), `business-identifiers.${lang}`);
    await waitForPage(page, { page: 'business-identifiers', lang });
    await waitForOverlayText(page, lang === 'en' ? /Part 3 · / : /Partie 3 · /);
    await waitForPanelText(panel, lang === 'en' ? /This page/ : /Cette page/);
    for (const [width, height] of [
      [1280, 800],
      [1024, 640],
    ]) {
      await page.setViewport({ width, height });
      await page.bringToFront();
      await new Promise((r) => setTimeout(r, 300));
      await shoot(page, `bar-${lang}-${width}x${height}.png`);
      await besideShot(page, panel, width, height, `side-panel-${lang}-${width}x${height}.png`);
    }
  }
  // The whole side panel, top to bottom, in both languages.
  for (const lang of ['en', 'fr']) {
    await page.evaluate((k) => window.replica.show(k), `business-verification.${lang}`);
    await waitForPage(page, { page: 'business-verification', lang });
    await waitForPanelText(panel, lang === 'en' ? /Verification questions/ : /Questions de vérification/);
    await panel.setViewport({ width: 360, height: 800 });
    await panel.bringToFront();
    const file = join(dir, `side-panel-${lang}-full.png`);
    await panel.screenshot({ path: file, fullPage: true });
    shots.push(file);
  }
  // A field tip beside the Business Number field, with a format hint once the number is complete.
  await page.setViewport({ width: 1280, height: 800 });
  await page.bringToFront();
  await page.evaluate(() => window.replica.show('business-identifiers.en'));
  await waitForPage(page, { page: 'business-identifiers', lang: 'en' });
  // The field tips attach once the page has settled (document_idle, then the field search).
  await new Promise((r) => setTimeout(r, 500));
  await focusBusinessNumber(page);
  await waitForShadow(page, '.cg-bubble', { timeout: 5000 });
  await page.keyboard.type('123456783');
  await new Promise((r) => setTimeout(r, 500));
  await shoot(page, 'bar-en-field-tip.png');
  await page.evaluate(() => {
    window.replica.show('business-information.name-address-mismatch.fr');
  });
  await waitForPage(page, { page: 'business-information', lang: 'fr' });
  await waitForPanelText(panel, /Que faire/);
  await besideShot(page, panel, 1280, 800, 'side-panel-fr-error.png');
  await panel.close();

  // The popup and options follow the portal's language last seen (French here), then English when forced.
  const setLanguage = (page, language) =>
    page.evaluate(
      (l) => chrome.runtime.sendMessage({ type: 'settings-update', patch: { language: l } }),
      language,
    );
  for (const lang of ['fr', 'en']) {
    const popup = await ctx.browser.newPage();
    await popup.setViewport({ width: 400, height: 760 });
    await popup.goto(`chrome-extension://${ctx.extensionId}/popup.html`);
    if (lang === 'en') await setLanguage(popup, 'en');
    await popup.waitForSelector('[data-testid="last-visit"]', { timeout: 8000 });
    await new Promise((r) => setTimeout(r, 400));
    await shoot(popup, `popup-${lang}.png`);
    const options = await ctx.browser.newPage();
    await options.setViewport({ width: 1000, height: 900 });
    await options.goto(`chrome-extension://${ctx.extensionId}/options.html`);
    await options.waitForSelector('[data-testid="profile-list"]', { timeout: 8000 });
    await shoot(options, `options-${lang}.png`);
    if (lang === 'en') await setLanguage(options, 'portal');
    await popup.close();
    await options.close();
  }

  // Store screenshots: 1280 × 800, as the Chrome Web Store, Edge Add-ons and AMO take them (docs/store/).
  const store = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
  await store.setViewport({ width: 1280, height: 800 });
  await waitForPage(store, { page: 'business-identifiers', role: 'importer' });
  await waitForOverlayText(store, /Business Number/);
  await shoot(store, 'store-1-en-step.png');
  await focusBusinessNumber(store);
  await store.keyboard.type('12345678');
  await waitForShadow(store, '.cg-bubble', { timeout: 5000 });
  await shoot(store, 'store-2-en-field-tip.png');
  await store.evaluate(() => window.replica.show('business-information.name-address-mismatch.fr'));
  await waitForPage(store, { page: 'business-information', lang: 'fr' });
  await waitForOverlayText(store, /Le portail affiche une erreur/);
  await shoot(store, 'store-3-fr-error.png');
  const storePopup = await ctx.browser.newPage();
  await storePopup.setViewport({ width: 1280, height: 800 });
  await storePopup.goto(`chrome-extension://${ctx.extensionId}/popup.html`);
  await storePopup.waitForSelector('[data-testid="last-visit"]', { timeout: 8000 });
  await new Promise((r) => setTimeout(r, 400));
  await shoot(storePopup, 'store-4-popup.png');
  await storePopup.close();
  await store.close();

  console.log('Screenshots written:');
  for (const s of shots) console.log(`  ${s}`);
} finally {
  await ctx.close();
}
