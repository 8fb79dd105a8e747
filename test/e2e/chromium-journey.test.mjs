// Issue 12 (R2 3/6): one journey view everywhere. Walks each role's path on the replica in Chromium and checks, at
// every page, that the overlay and a freshly opened popup say the same part and the same next action, that neither
// says "Step n of m", and that the part moves on as the portal shows later pages. The importer walk is also
// screenshotted in English and French (test/.artifacts/journey/), with what both said (journey-<lang>.md).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ARTIFACTS,
  clean,
  hostSelector,
  launchChromium,
  openExtensionPage,
  openPortal,
  sendFromPage,
  waitForPage,
  waitForShadow,
} from './harness.mjs';

const OUT = join(ARTIFACTS, 'journey');
// Screenshots are slow on a shared machine: JOURNEY_SHOTS=1 takes them (the report's evidence).
const SHOTS = process.env.JOURNEY_SHOTS === '1';

const IMPORTER = [
  ['sign-in', 2],
  ['mfa-setup', 2],
  ['user-profile', 2],
  ['first-time-setup', 3],
  ['business-start', 3],
  ['business-identifiers', 3],
  ['business-information', 3],
  ['business-verification', 3],
  ['business-review', 3],
  ['business-linked', 4],
  ['portal-home', 4],
  ['third-party-requests', 4],
  ['relationship-details', 4],
  ['delegation-approved', 5],
  ['program-account-profile', 5],
  ['rpp-enrolment', 5],
  ['rpp-security', 5],
];
const NRI = [...IMPORTER.slice(0, 8), ['nri-documents', 3], ...IMPORTER.slice(8)];
const EMPLOYEE = [
  ['sign-in', 2],
  ['mfa-setup', 2],
  ['user-profile', 2],
  ['first-time-setup', 3],
  ['employee-access-request', 3],
];
const BROKER = [...IMPORTER.slice(0, 10), ['portal-home', 4]];

/** The journey as one view renders it: the part and the next action. */
const journeyIn = (page, host) =>
  (host ? clean(page) : page).evaluate((sel) => {
    const root = sel ? document.querySelector(sel)?.shadowRoot : document;
    const read = (id) =>
      root?.querySelector(`[data-testid="${id}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return { part: read('journey-part'), next: read('journey-next') };
  }, host);

describe('Chromium: one journey view in the overlay and the popup', () => {
  let ctx;
  let control;
  before(async () => {
    ctx = await launchChromium();
    control = await openExtensionPage(ctx, 'options.html');
    if (SHOTS) mkdirSync(OUT, { recursive: true });
  });
  after(async () => {
    await ctx?.close();
  });

  const walk = async (role, pages, lang, { shots = false } = {}) => {
    await sendFromPage(control, { type: 'reset', scope: 'all', confirm: true });
    await sendFromPage(control, { type: 'set-role', role });
    const page = await openPortal(ctx.browser, `/${lang}/auth/login?late=0${role === 'nri' ? '&nri=1' : ''}`);
    const rows = [];
    let index = 0;
    for (const [pageId, part] of pages) {
      index += 1;
      await page.bringToFront();
      await page.evaluate((key) => window.replica.show(key), `${pageId}.${lang}`);
      await waitForPage(page, { page: pageId, role, lang });
      // The view for this very page has arrived (one request per page change).
      await waitForShadow(page, `.cg-now[data-page="${pageId}"]`);
      await waitForShadow(page, '[data-testid="journey-part"]');
      const overlay = await journeyIn(page, hostSelector(page));
      const word = lang === 'fr' ? 'Partie' : 'Part';
      assert.match(
        overlay.part,
        new RegExp(`^${word} ${part} · `),
        `${role} ${lang} on ${pageId}: ${overlay.part}`,
      );
      assert.ok(overlay.next.length > 0, `${role} ${lang} on ${pageId}: a next action`);
      const popup = await openExtensionPage(ctx, 'popup.html');
      await popup.setViewport({ width: 420, height: 900 });
      await popup.waitForSelector('[data-testid="journey-part"]', { timeout: 8000 });
      const shown = await journeyIn(popup, null);
      assert.deepEqual(shown, overlay, `${role} ${lang} on ${pageId}: the popup says what the overlay says`);
      for (const text of [overlay.part, overlay.next, shown.part, shown.next])
        assert.doesNotMatch(text, /Step \d+ of \d+|Étape \d+ sur \d+/);
      if (shots) {
        const n = String(index).padStart(2, '0');
        await page.screenshot({ path: join(OUT, `${role}-${lang}-${n}-${pageId}-overlay.png`) });
        await popup.screenshot({
          path: join(OUT, `${role}-${lang}-${n}-${pageId}-popup.png`),
          fullPage: false,
        });
      }
      rows.push({ pageId, ...overlay });
      await popup.close();
    }
    assert.deepEqual(page.pageErrors, []);
    await page.close();
    return rows;
  };

  const report = (lang, rows) => {
    if (!SHOTS) return;
    const lines = [
      `# Importer walk (${lang}): what the overlay and a fresh popup say`,
      '',
      '| page | part (both) | next action (both) |',
      '| --- | --- | --- |',
      ...rows.map((r) => `| ${r.pageId} | ${r.part} | ${r.next.replace(/\|/g, '/')} |`),
    ];
    writeFileSync(join(OUT, `journey-${lang}.md`), `${lines.join('\n')}\n`);
  };

  it('importer, in English and French: the part follows the portal, and after linking never says "Register my business"', async () => {
    for (const lang of ['en', 'fr']) {
      const rows = await walk('importer', IMPORTER, lang, { shots: SHOTS });
      report(lang, rows);
      const linked = rows.find((r) => r.pageId === 'business-linked');
      assert.doesNotMatch(linked.next, /Register my business|Enregistrer mon entreprise/);
      const mfa = rows.find((r) => r.pageId === 'mfa-setup');
      assert.doesNotMatch(mfa.next, /GCKey|CléGC/, 'no sign-in choice once past the sign-in page');
    }
  });

  it('non-resident importer, through the document upload', async () => {
    await walk('nri', NRI, 'en');
  });

  it('employee: from First time setup to the access request', async () => {
    const rows = await walk('employee', EMPLOYEE, 'en');
    assert.match(rows.find((r) => r.pageId === 'first-time-setup').next, /Employee Access Request/);
  });

  it('broker: once its own business is linked, on to its clients', async () => {
    const rows = await walk('broker', BROKER, 'fr');
    assert.match(rows.at(-1).part, /^Partie 4 · /);
  });
});
