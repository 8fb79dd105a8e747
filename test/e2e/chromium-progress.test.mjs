// Issues 3/6 and 4/6 in real Chromium: progress shared by tabs and the popup, kept across a browser restart,
// export → reset → import, the role and profile choosers by keyboard, and the popup's countdowns on a fixed clock.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  chooseRoleInOverlay,
  guidePanel,
  launchChromium,
  openPortal,
  waitForOverlayText,
  waitForPage,
  waitForPanelText,
} from './harness.mjs';

const FIXED_NOW = '2026-11-26T17:00:00Z'; // 12:00 ET

const extPage = async (ctx, file, { width = 420, height = 900 } = {}) => {
  const page = await ctx.browser.newPage();
  await page.setViewport({ width, height });
  await page.goto(`chrome-extension://${ctx.extensionId}/${file}`);
  return page;
};

/** The stored state as the background sees it, asked from an extension page. */
const state = (extensionPage) =>
  extensionPage.evaluate(() => chrome.runtime.sendMessage({ type: 'get-state' }).then((r) => r.state));

const activeProfile = (s) => s.progress.profiles.find((p) => p.id === s.progress.activeProfileId);

/** The side panel's first checklist box (the panel follows one portal tab). */
const firstChecklistBox = (panel) =>
  panel.evaluate(() => {
    const box = document.querySelector('.sp-checklist input[type="checkbox"]');
    return box ? { checked: box.checked, label: box.closest('label')?.textContent ?? '' } : null;
  });

const waitChecked = async (panel, checked, where) => {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const box = await firstChecklistBox(panel);
    if (box?.checked === checked) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${where}: the first checklist box never became ${checked ? 'ticked' : 'unticked'}`);
};

describe('Chromium: progress that survives', () => {
  const profileDir = mkdtempSync(join(tmpdir(), 'carm-profile-'));
  const downloads = mkdtempSync(join(tmpdir(), 'carm-downloads-'));
  let ctx;
  before(async () => {
    ctx = await launchChromium({ userDataDir: profileDir });
  });
  after(async () => {
    await ctx?.close();
    rmSync(profileDir, { recursive: true, force: true });
    rmSync(downloads, { recursive: true, force: true });
  });

  it('ticks in one tab and shows it at once in another tab and in the popup', async () => {
    const a = await openPortal(ctx.browser, '/en/public-bulletins');
    await waitForPage(a, 'unknown');
    await chooseRoleInOverlay(a, 'importer');
    const b = await openPortal(ctx.browser, '/fr/public-bulletins');
    await waitForPage(b, { page: 'unknown', role: 'importer' });
    await waitForOverlayText(b, /Étape 1 sur 5/);
    const panelB = await guidePanel(b);
    await waitForPanelText(panelB, /Étape 1 sur 5/);
    const panelA = await guidePanel(a);
    await panelA.bringToFront();
    await waitForPanelText(panelA, /Step 1 of 5/);
    assert.equal((await firstChecklistBox(panelA)).checked, false);
    // Off the registration pages the checklist starts folded: unfold it as a user would.
    await panelA.click('.sp-checklist-box > summary');
    await panelA.click('.sp-checklist input[type="checkbox"]');
    await waitChecked(panelA, true, 'panel A after the tick');
    await panelB.evaluate(() => {
      document.querySelector('.sp-checklist-box').open = true;
    });
    await waitChecked(panelB, true, 'panel B (other tab)');
    const popup = await extPage(ctx, `popup.html?now=${FIXED_NOW}`);
    await popup.waitForFunction(
      () => /1 of 18/.test(document.querySelector('[data-testid="current-step"]')?.textContent ?? ''),
      { timeout: 8000 },
    );
    // Unticking in the popup reaches the portal tab's side panel.
    await popup.evaluate(() => {
      document.querySelector('[data-testid="checklist"]').open = true;
    });
    await popup.click('[data-testid="checklist"] input[type="checkbox"]');
    await waitChecked(panelA, false, 'panel A after the popup unticked');
    await popup.click('[data-testid="checklist"] input[type="checkbox"]');
    await waitChecked(panelA, true, 'panel A after the popup ticked');
    // A signed-in page counts as a portal visit (sign-in and unknown pages do not).
    await a.evaluate(() => {
      window.replica.go('/en/homepage');
    });
    await waitForPage(a, 'portal-home');
    await popup.waitForFunction(
      () => /Portal home/.test(document.querySelector('[data-testid="last-visit"]')?.textContent ?? ''),
      {
        timeout: 5000,
      },
    );
    for (const p of [a, b, panelA, panelB, popup]) await p.close();
  });

  it('shows the next deadlines and the history on a fixed clock, and keeps an own deadline', async () => {
    const popup = await extPage(ctx, `popup.html?now=${FIXED_NOW}`);
    await popup.waitForSelector('[data-testid="payment-due-date"]', { timeout: 8000 });
    assert.match(
      await popup.$eval('[data-testid="payment-due-date"]', (e) => e.textContent),
      /Tuesday, December 1, 2026/,
    );
    assert.match(
      await popup.$eval('[data-testid="payment-due"]', (e) => e.textContent),
      /5 days, \d+ hours?/,
    );
    assert.match(await popup.$eval('[data-testid="soa-date"]', (e) => e.textContent), /December 25, 2026/);
    const history = await popup.$eval('[data-testid="history"]', (e) => e.textContent);
    assert.match(history, /May 2024/);
    assert.match(history, /[Ss]uperseded/);
    // Add one of the user's own deadlines through the form.
    const [add] = await popup.$$('xpath/.//button[contains(., "Add a deadline")]');
    await add.click();
    await popup.waitForSelector('#pp-f-title');
    await popup.type('#pp-f-title', 'Renew the customs bond');
    await popup.evaluate(() => {
      const set = (id, value) => {
        const el = document.getElementById(id);
        el.value = value;
        el.dispatchEvent(new Event('input', { bubbles: true }));
      };
      set('pp-f-date', '2026-12-15');
      set('pp-f-time', '10:00');
    });
    await popup.click('form.pp-form button[type="submit"]');
    await popup.waitForFunction(() => document.body.textContent.includes('Renew the customs bond'), {
      timeout: 5000,
    });
    const s = await state(popup);
    assert.equal(s.userDeadlines.length, 1);
    assert.equal(s.userDeadlines[0].at, '2026-12-15T15:00:00.000Z', '10:00 Eastern (EST) is 15:00 UTC');
    await popup.close();
  });

  it('finds progress, role and own deadline intact after the browser restarts', async () => {
    await ctx.close();
    ctx = await launchChromium({ userDataDir: profileDir });
    const popup = await extPage(ctx, `popup.html?now=${FIXED_NOW}`);
    await popup.waitForFunction(() => document.body.textContent.includes('Renew the customs bond'), {
      timeout: 8000,
    });
    const s = await state(popup);
    const profile = activeProfile(s);
    assert.equal(profile.role, 'importer');
    const done = Object.values(profile.ticks).filter((t) => t.done);
    assert.deepEqual(
      done.map((t) => t.by).sort(),
      ['portal', 'user'],
      "the tick from the overlay and the home page's",
    );
    assert.ok(profile.lastVisit, 'the last portal visit is kept');
    await popup.close();
  });

  it('exports, resets and imports progress back', async () => {
    const options = await extPage(ctx, 'options.html', { width: 1000, height: 900 });
    await options.waitForSelector('[data-testid="export"]');
    const cdp = await options.createCDPSession();
    await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    const before = await state(options);
    await options.click('[data-testid="export"]');
    let file;
    for (let i = 0; i < 100 && !file; i++) {
      await new Promise((r) => setTimeout(r, 100));
      file = readdirSync(downloads).find((f) => f.endsWith('.json'));
    }
    assert.ok(file, 'an export file was downloaded');
    const exported = JSON.parse(readFileSync(join(downloads, file), 'utf8'));
    assert.equal(exported.format, 'carm-guide-progress');
    await options.click('[data-testid="reset-confirm"]');
    await options.click('[data-testid="reset-all"]');
    await options.waitForFunction(
      () => chrome.runtime.sendMessage({ type: 'get-state' }).then((r) => r.state.userDeadlines.length === 0),
      { timeout: 5000 },
    );
    assert.equal(activeProfile(await state(options)).role, null, 'reset cleared the role');
    const input = await options.$('[data-testid="import-file"]');
    await input.uploadFile(join(downloads, file));
    await options.waitForFunction(
      () => /\d/.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? ''),
      {
        timeout: 5000,
      },
    );
    const after = await state(options);
    assert.deepEqual(after.progress, before.progress);
    assert.deepEqual(after.userDeadlines, before.userDeadlines);
    await options.close();
  });

  it('refuses a file that is not ours and changes nothing', async () => {
    const options = await extPage(ctx, 'options.html', { width: 1000, height: 900 });
    await options.waitForSelector('[data-testid="import-file"]');
    const before = await state(options);
    const foreign = join(downloads, 'not-ours.json');
    (await import('node:fs')).writeFileSync(foreign, JSON.stringify({ hello: 'world' }));
    await (await options.$('[data-testid="import-file"]')).uploadFile(foreign);
    await options.waitForFunction(
      () => (document.querySelector('[data-testid="import-status"]')?.textContent ?? '').length > 0,
    );
    assert.match(
      await options.$eval('[data-testid="import-status"]', (e) => e.textContent),
      /not|CARM Guide/i,
    );
    assert.deepEqual(await state(options), before);
    await options.close();
  });

  it('chooses a role and creates a profile with the keyboard only', async () => {
    const options = await extPage(ctx, 'options.html', { width: 1000, height: 900 });
    await options.waitForSelector('[data-testid="role-broker"]');
    // Tab to the role radios, then move with the arrow keys, as a keyboard user does.
    await options.focus('[data-testid="role-importer"]');
    await options.keyboard.press('ArrowDown');
    await options.keyboard.press('ArrowDown');
    await options.waitForFunction(
      () =>
        chrome.runtime.sendMessage({ type: 'get-state' }).then((r) => {
          const p = r.state.progress.profiles.find((x) => x.id === r.state.progress.activeProfileId);
          return p.role === 'employee';
        }),
      { timeout: 5000 },
    );
    await options.focus('[data-testid="profile-create-label"]');
    await options.keyboard.type('Client: Maple Imports');
    await options.keyboard.press('Enter');
    await options.waitForFunction(
      () =>
        chrome.runtime
          .sendMessage({ type: 'get-state' })
          .then((r) => r.state.progress.profiles.some((p) => p.label === 'Client: Maple Imports')),
      { timeout: 5000 },
    );
    const focused = await options.evaluate(() => document.activeElement?.tagName);
    assert.notEqual(focused, 'BODY', 'focus is kept somewhere sensible after creating');
    await options.close();
  });
});
