// Issue 12 (R2 3/6): one journey view everywhere. Walks each role's path on the replica in Chromium and checks, at
// every page, that the in-page bar, the side panel (sidepanel.html?tab=<id>, following the portal tab) and a freshly
// opened popup say the same part, that the side panel and the popup say the same next action, that the bar's one
// thing to do is the side panel's, that none says "Step n of m", and that the part moves on as the portal shows
// later pages. The importer walk is also screenshotted in English and French (test/.artifacts/journey/), with what
// they said (journey-<lang>.md).
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  ARTIFACTS,
  clean,
  guidePanel,
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

const squash = (s) => s.replace(/\s+/g, ' ').trim();

/** The journey as the side panel or the popup renders it (components/journey): the part and the next action. */
const journeyIn = (page) =>
  page.evaluate(() => {
    const read = (id) =>
      document.querySelector(`[data-testid="${id}"]`)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return { part: read('journey-part'), next: read('journey-next'), here: read('journey-here') };
  });

/** The in-page bar's stage ("Page · Part n · …") and its one thing to do. */
const barIn = (page) =>
  clean(page).evaluate((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    const read = (cls) =>
      root?.querySelector(`.cg-bar ${cls}`)?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return { where: read('.cg-where'), todo: read('.cg-todo') };
  }, hostSelector(page));

describe('Chromium: one journey view in the bar, the side panel and the popup', () => {
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
    const panel = await guidePanel(page);
    for (const [pageId, part] of pages) {
      index += 1;
      await page.bringToFront();
      await page.evaluate((key) => window.replica.show(key), `${pageId}.${lang}`);
      await waitForPage(page, { page: pageId, role, lang });
      // The view for this very page has arrived in the bar (one request per page change) and in the side panel.
      await waitForShadow(page, `.cg-bar[data-page="${pageId}"] .cg-todo:not([hidden])`);
      await panel.waitForSelector(`.sp-now[data-page="${pageId}"]`, { timeout: 8000 });
      await panel.waitForSelector('[data-testid="journey-part"]', { timeout: 8000 });
      const bar = await barIn(page);
      const inPanel = await journeyIn(panel);
      const word = lang === 'fr' ? 'Partie' : 'Part';
      const at = `${role} ${lang} on ${pageId}`;
      assert.match(inPanel.part, new RegExp(`^${word} ${part} · `), `${at}: ${inPanel.part}`);
      assert.ok(inPanel.next.length > 0, `${at}: a next action`);
      // The bar names the same part as the side panel ("<page> · Part n · …").
      assert.ok(
        bar.where.endsWith(` · ${inPanel.part}`),
        `${at}: bar "${bar.where}", panel "${inPanel.part}"`,
      );
      // The bar's one thing to do is the side panel's "on this page" (or its next action on a page with none).
      const todo = bar.todo.replace(/^(To do:|À faire :)\s*/, '');
      assert.notEqual(todo, bar.todo, `${at}: the bar says what to do: ${bar.todo}`);
      const start = squash(todo.split(/[(…]/)[0]);
      assert.ok(
        start.length > 0 && `${inPanel.here} ${inPanel.next}`.includes(start),
        `${at}: bar "${todo}"`,
      );
      const popup = await openExtensionPage(ctx, 'popup.html');
      await popup.setViewport({ width: 420, height: 900 });
      await popup.waitForSelector('[data-testid="journey-part"]', { timeout: 8000 });
      const shown = await journeyIn(popup);
      // The popup is away from the portal: it says the part and the next action, not "on this page".
      assert.deepEqual(
        { part: shown.part, next: shown.next },
        { part: inPanel.part, next: inPanel.next },
        `${at}: the popup says what the side panel says`,
      );
      for (const text of [
        bar.where,
        bar.todo,
        inPanel.part,
        inPanel.next,
        inPanel.here,
        shown.part,
        shown.next,
      ])
        assert.doesNotMatch(text, /Step \d+ of \d+|Étape \d+ sur \d+/);
      if (shots) {
        const n = String(index).padStart(2, '0');
        await page.screenshot({ path: join(OUT, `${role}-${lang}-${n}-${pageId}-bar.png`) });
        await panel.bringToFront();
        await panel.screenshot({ path: join(OUT, `${role}-${lang}-${n}-${pageId}-sidepanel.png`) });
        await popup.bringToFront();
        await popup.screenshot({
          path: join(OUT, `${role}-${lang}-${n}-${pageId}-popup.png`),
          fullPage: false,
        });
      }
      rows.push({ pageId, part: inPanel.part, next: inPanel.next, todo: bar.todo });
      await popup.close();
    }
    assert.deepEqual(panel.pageErrors, []);
    await panel.close();
    assert.deepEqual(page.pageErrors, []);
    await page.close();
    return rows;
  };

  const report = (lang, rows) => {
    if (!SHOTS) return;
    const lines = [
      `# Importer walk (${lang}): what the bar, the side panel and a fresh popup say`,
      '',
      "| page | part (all three) | next action (side panel and popup) | the bar's one thing to do |",
      '| --- | --- | --- | --- |',
      ...rows.map(
        (r) => `| ${r.pageId} | ${r.part} | ${r.next.replace(/\|/g, '/')} | ${r.todo.replace(/\|/g, '/')} |`,
      ),
    ];
    writeFileSync(join(OUT, `journey-${lang}.md`), `${lines.join('\n')}\n`);
  };

  it('importer, in English and French: the part follows the portal, and after linking never says "Register my business"', async () => {
    for (const lang of ['en', 'fr']) {
      const rows = await walk('importer', IMPORTER, lang, { shots: SHOTS });
      report(lang, rows);
      // On the Business Number page the bar asks for the Business Number, not "choose Register my business".
      const bn = rows.find((r) => r.pageId === 'business-identifiers');
      assert.doesNotMatch(bn.todo, /Register my business|Enregistrer mon entreprise/);
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
