// Real browsers with the built extension, against the portal replica served at the real portal URL.
// Which browsers and how to install them: README.md, "Requirements". A missing browser is a failure that says how to install it.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PORTAL = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';
export const CHROME_EXT = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_EXT = join(ROOT, '.output/firefox-mv2');
const REPLICA = join(ROOT, 'test/fixtures/portal');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * The guide's own host, as the extension marks it (entrypoints/portal.content/mount-host.ts): a
 * `<div data-carm-guide-host="<extension id>">` holding the open shadow root and the contract's `<carm-guide>`
 * marker. A page may add its own `<carm-guide>` elements (issue 15, finding 3), so tests never take "the first
 * carm-guide": they look the host up by the extension's id (Chromium: from the worker's URL; Firefox: the add-on id).
 */
const hostKeys = new WeakMap();
export const hostSelector = (page) => {
  const key = hostKeys.get(page.browser());
  if (!key) throw new Error('hostSelector: this page does not belong to a browser launched by the harness');
  return `div[data-carm-guide-host="${key}"]`;
};
/** The value our host's mark has in this browser (the extension's id). */
export const hostKey = (page) => hostKeys.get(page.browser());
/** The contract marker inside our host. */
export const markerSelector = (page) => `${hostSelector(page)} > carm-guide`;

export const requireBuild = (dir) => {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension at ${dir}. Run "npm run build" first.`);
  }
};

const requireBrowser = (path, name, pkg) => {
  if (!existsSync(path)) {
    throw new Error(
      `${name} not found at ${path}. Install it with: sudo apt-get update && sudo apt-get install -y ${pkg}`,
    );
  }
};

/** The replica answers every request to the portal host; every other request is blocked and recorded. */
export const servePortal = async (page, { blocked = [] } = {}) => {
  await page.setRequestInterception(true);
  page.on('request', (req) => {
    if (req.isInterceptResolutionHandled()) return;
    const url = new URL(req.url());
    if (url.origin === PORTAL) {
      if (url.pathname.startsWith('/__replica__/')) {
        const file = join(REPLICA, url.pathname.slice('/__replica__/'.length));
        if (file.startsWith(REPLICA) && existsSync(file)) {
          return req.respond({
            status: 200,
            contentType: TYPES[extname(file)] ?? 'application/octet-stream',
            body: readFileSync(file),
          });
        }
        return req.respond({ status: 404, contentType: 'text/plain', body: 'not found' });
      }
      if (url.pathname === '/favicon.ico') return req.respond({ status: 204, body: '' });
      return req.respond({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(join(REPLICA, 'index.html')),
      });
    }
    if (
      url.protocol === 'data:' ||
      url.protocol === 'chrome-extension:' ||
      url.protocol === 'moz-extension:'
    ) {
      return req.continue();
    }
    blocked.push(req.url());
    return req.abort('blockedbyclient');
  });
};

/**
 * Chromium with the unpacked MV3 build. `userDataDir` keeps a profile across launches (restart tests);
 * the extension id is read from its service worker's URL.
 */
export const launchChromium = async ({ userDataDir, ext = CHROME_EXT, args = [], headless = true } = {}) => {
  requireBrowser(CHROMIUM, 'Chromium', 'chromium');
  requireBuild(ext);
  const ownDir = !userDataDir;
  const dir = userDataDir ?? mkdtempSync(join(tmpdir(), 'carm-chromium-'));
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM,
    headless,
    pipe: true,
    userDataDir: dir,
    enableExtensions: [ext],
    args: [...CHROMIUM_ARGS, ...args],
    defaultViewport: { width: 1280, height: 900 },
  });
  const worker = await browser.waitForTarget(
    (t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'),
    {
      timeout: 20_000,
    },
  );
  const extensionId = new URL(worker.url()).host;
  hostKeys.set(browser, extensionId);
  // A fresh install opens the options page (first-run role choice). Two tabs competing for focus made later
  // clicks and screenshots fail with "Target closed", so tests close it and open pages themselves.
  if (ownDir || !existsSync(join(dir, '.carm-guide-seen'))) {
    const options = await browser
      .waitForTarget((t) => t.url().startsWith(`chrome-extension://${extensionId}/options.html`), {
        timeout: 5000,
      })
      .catch(() => null);
    await (await options?.page())?.close();
    if (!ownDir) writeFileSync(join(dir, '.carm-guide-seen'), '');
  }
  const close = async () => {
    await browser.close();
    if (ownDir) rmSync(dir, { recursive: true, force: true });
  };
  return { browser, extensionId, worker, close, userDataDir: dir };
};

/** Firefox ESR over WebDriver BiDi, with the MV2 build installed as a temporary add-on. */
export const launchFirefox = async ({ ext = FIREFOX_EXT } = {}) => {
  requireBrowser(FIREFOX, 'Firefox ESR', 'firefox-esr');
  requireBuild(ext);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    defaultViewport: { width: 1280, height: 900 },
    extraPrefsFirefox: {
      // No calls home from the test browser (this machine has no network anyway).
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
      'extensions.update.enabled': false,
    },
  });
  const extensionId = await browser.installExtension(ext);
  // Firefox's runtime.id is the add-on id (browser_specific_settings.gecko.id), which the host is marked with.
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  hostKeys.set(browser, manifest.browser_specific_settings?.gecko?.id ?? extensionId);
  return { browser, extensionId, close: () => browser.close() };
};

/** Opens a portal URL in a new tab with the replica behind it. */
export const openPortal = async (browser, path, opts = {}) => {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // A page script that runs before any of the page's own (and so before the content script): hostile-page tests.
  if (opts.init) await page.evaluateOnNewDocument(opts.init);
  await servePortal(page, opts);
  await page.goto(PORTAL + path, { waitUntil: 'domcontentloaded' });
  return Object.assign(page, { pageErrors: errors });
};

/**
 * Puppeteer's own isolated world of the page's main frame: the same DOM, but the page's scripts cannot have patched
 * its `querySelector`, `getAttribute` or `shadowRoot` (hostile-page tests do), so what the test reads is true.
 */
export const clean = (page) => page.mainFrame().isolatedRealm();

/**
 * The contract attributes of the `<carm-guide>` marker inside our host, once it exists. `count` is the number of our
 * hosts (exactly one is right), `markers` the number of `<carm-guide>` inside them, `all` every `<carm-guide>` on the
 * page, the page's own included.
 */
export const hostState = (page) =>
  clean(page).evaluate((sel) => {
    const hosts = document.querySelectorAll(sel);
    const markers = [...hosts].flatMap((host) =>
      [...host.children].filter((c) => c.localName === 'carm-guide'),
    );
    const h = markers[0];
    return {
      count: hosts.length,
      markers: markers.length,
      all: document.querySelectorAll('carm-guide').length,
      page: h?.getAttribute('data-page') ?? null,
      step: h?.getAttribute('data-step') ?? null,
      lang: h?.getAttribute('data-lang') ?? null,
      role: h?.getAttribute('data-role') ?? null,
    };
  }, hostSelector(page));

/** Waits until the host says `page` (and optionally other attributes); fails with what it saw instead. */
export const waitForPage = async (page, expected, timeout = 8000) => {
  const want = typeof expected === 'string' ? { page: expected } : expected;
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await hostState(page);
    if (Object.entries(want).every(([k, v]) => last[k] === v)) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Expected ${JSON.stringify(want)}, host says ${JSON.stringify(last)}`);
};

/** Text of the in-page guide: the bar and any field-tip bubble, inside our host's shadow root. */
export const overlayText = (page) =>
  clean(page).evaluate((sel) => {
    const root = document.querySelector(sel)?.shadowRoot;
    return [...(root?.querySelectorAll('.cg-bar, .cg-bubble') ?? [])]
      .map((el) => [...el.childNodes].map((n) => (n.hidden ? '' : n.textContent)).join(' '))
      .join('\n');
  }, hostSelector(page));

/** The overlay's open shadow root, as a handle (for `$eval` and friends). */
export const overlayRoot = (page) =>
  page.evaluateHandle((sel) => document.querySelector(sel)?.shadowRoot, hostSelector(page));

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The extension id of the Chromium a page belongs to (from the service worker's URL). */
const extensionIdOf = (page) => {
  const worker = page
    .browser()
    .targets()
    .find((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'));
  if (!worker) throw new Error('No extension service worker in this browser');
  return new URL(worker.url()).host;
};

/**
 * The side panel for a portal tab, opened in a tab of its own as `sidepanel.html?tab=<id>` (the panel follows that
 * tab instead of the active one). The tab id is found by a marker put in the portal tab's URL hash for a moment.
 * Cached per portal page. Chromium only (WebDriver BiDi cannot open moz-extension pages).
 */
export const guidePanel = async (page, { width = 400, height = 900 } = {}) => {
  if (page.__guide && !page.__guide.isClosed()) return page.__guide;
  const id = extensionIdOf(page);
  const marker = `cg-tab-${Math.random().toString(36).slice(2)}`;
  const setHash = (hash) =>
    page.evaluate((h) => {
      const u = new URL(location.href);
      u.hash = h;
      history.replaceState(history.state, '', u.href.replace(/#$/, ''));
    }, hash);
  await setHash(marker);
  const panel = await page.browser().newPage();
  const errors = [];
  panel.on('pageerror', (e) => errors.push(String(e)));
  await panel.setViewport({ width, height });
  await panel.goto(`chrome-extension://${id}/sidepanel.html`, { waitUntil: 'domcontentloaded' });
  let tabId;
  for (let i = 0; i < 100 && tabId === undefined; i++) {
    tabId = await panel.evaluate(
      (m) => chrome.tabs.query({}).then((tabs) => tabs.find((t) => t.url?.endsWith(`#${m}`))?.id),
      marker,
    );
    if (tabId === undefined) await sleep(50);
  }
  await setHash('');
  if (tabId === undefined) throw new Error('Could not find the portal tab from the side panel');
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tab=${tabId}`, { waitUntil: 'domcontentloaded' });
  page.__guide = Object.assign(panel, { pageErrors: errors, tabId });
  return page.__guide;
};

/** The side panel's visible text. */
export const panelText = (panel) => panel.evaluate(() => document.body.innerText);

/** Waits until the side panel's text matches `re`; fails with the text it saw. */
export const waitForPanelText = async (panel, re, timeout = 8000) => {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await panelText(panel);
    if (re.test(text)) return text;
    await sleep(50);
  }
  throw new Error(`Side panel never matched ${re}; it says: ${text.replace(/\s+/g, ' ').slice(-600)}`);
};

export const ARTIFACTS = join(ROOT, 'test/.artifacts');

/**
 * The checklist item ids of the guide (only these can be ticked: issue 15, finding 5), read from the guide data's
 * source, since the tests run the built extension and cannot import TypeScript.
 */
export const checklistIds = () => [
  ...new Set(
    [
      ...readFileSync(join(ROOT, 'lib/guide/checklist.ts'), 'utf8').matchAll(/^\s*id: '([a-z0-9-]+)',?$/gm),
    ].map((m) => m[1]),
  ),
];

/**
 * Clicks an element of the overlay (inside its shadow root) with the mouse, at its centre, as a user would.
 * Puppeteer's ElementHandle.click() on shadow-root elements lost the tab here ("Target closed"), the mouse does not.
 */
export const clickShadow = async (page, selector, timeout = 8000) => {
  // Polled from here: changes inside a shadow root do not wake Puppeteer's document-level selector waits.
  await waitForShadow(page, selector, { timeout });
  const handle = await page.$(`${hostSelector(page)} >>> ${selector}`);
  await handle.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  const box = await handle.boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await handle.dispose();
};

/** Chooses a role in the side panel's chooser (shown until a role is chosen), as a user would. */
export const chooseRoleInOverlay = async (page, role) => {
  const panel = await guidePanel(page);
  const radio = `input[name="sp-role"][value="${role}"]`;
  await panel.waitForSelector(radio, { timeout: 8000 });
  await panel.click(radio);
  await waitForPage(page, { role });
};

/** Waits until the overlay's text matches `re`; fails with the text it saw. */
export const waitForOverlayText = async (page, re, timeout = 8000) => {
  const deadline = Date.now() + timeout;
  let text = '';
  while (Date.now() < deadline) {
    text = await overlayText(page);
    if (re.test(text)) return text;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`Overlay never matched ${re}; it says: ${text.replace(/\s+/g, ' ').slice(-600)}`);
};

// ---------------------------------------------------------------- hardening helpers (a11y, security, faults)

/** Opens an extension page (`popup.html`, `options.html`) in a new tab of a launchChromium() context. */
export const openExtensionPage = async (ctx, file) => {
  const page = await ctx.browser.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`chrome-extension://${ctx.extensionId}/${file}`, { waitUntil: 'domcontentloaded' });
  return Object.assign(page, { pageErrors: errors });
};

/** Sends a runtime message to the background from an extension page, as the popup or options page would. */
export const sendFromPage = (page, message) => page.evaluate((m) => chrome.runtime.sendMessage(m), message);

const AXE_SOURCE = () => readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core in the page's main world (injected through CDP, so an extension page's CSP does not block it) and
 * returns the WCAG 2.1 A/AA violations, one line per node. `context` is axe's: `{ include: [[hostSelector(page)]] }`
 * scans the overlay's open shadow root.
 */
export const axeViolations = async (page, context = null) => {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE_SOURCE());
  return page.evaluate(
    async (ctx, tags) => {
      const result = await window.axe.run(ctx ?? document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      });
      return result.violations.flatMap((v) =>
        v.nodes.map(
          (n) =>
            `${v.id} (${v.impact}) ${JSON.stringify(n.target)}: ${n.failureSummary?.replace(/\s+/g, ' ')}`,
        ),
      );
    },
    context,
    WCAG_21_AA,
  );
};

/** What has keyboard focus, looking through open shadow roots; `overlay` is true inside our host. */
export const focusInfo = (page) =>
  page.evaluate((sel) => {
    let el = document.activeElement;
    let overlay = false;
    while (el?.shadowRoot?.activeElement) {
      if (el.matches(sel)) overlay = true;
      el = el.shadowRoot.activeElement;
    }
    if (!el || el === document.body || el === document.documentElement)
      return { tag: 'BODY', overlay: false };
    const byIds = (ids) =>
      (ids ?? '')
        .split(/\s+/)
        .map((id) => el.getRootNode().getElementById?.(id)?.textContent ?? '')
        .join(' ');
    const name = (
      el.getAttribute('aria-label') ||
      byIds(el.getAttribute('aria-labelledby')) ||
      el.labels?.[0]?.textContent ||
      el.closest('label')?.textContent ||
      el.closest('mat-form-field')?.querySelector('mat-label')?.textContent ||
      el.textContent ||
      ''
    )
      .replace(/\s+/g, ' ')
      .trim();
    const cs = getComputedStyle(el);
    const r = el.getBoundingClientRect();
    return {
      tag: el.localName,
      type: el.getAttribute('type') ?? el.getAttribute('role') ?? '',
      name: name.slice(0, 80),
      value: 'value' in el ? String(el.value) : undefined,
      checked: 'checked' in el ? el.checked : undefined,
      overlay,
      outline: cs.outlineStyle !== 'none' ? Number.parseFloat(cs.outlineWidth) : 0,
      shadow: cs.boxShadow !== 'none',
      rect: { left: r.left, top: r.top, right: r.right, bottom: r.bottom },
      inViewport:
        r.width > 0 &&
        r.height > 0 &&
        r.bottom > 0 &&
        r.top < innerHeight &&
        r.right > 0 &&
        r.left < innerWidth,
    };
  }, hostSelector(page));

/** Presses Tab (or Shift+Tab) until `test(focusInfo)` holds; fails with the stops it saw. */
export const tabTo = async (page, test, { max = 60, back = false } = {}) => {
  const seen = [];
  for (let i = 0; i < max; i++) {
    if (back) await page.keyboard.down('Shift');
    await page.keyboard.press('Tab');
    if (back) await page.keyboard.up('Shift');
    const info = await focusInfo(page);
    seen.push(
      `${info.overlay ? '[overlay] ' : ''}${info.tag}${info.type ? `:${info.type}` : ''} "${info.name ?? ''}"`,
    );
    if (test(info)) return info;
  }
  throw new Error(`Tab never reached the control; stops:\n  ${seen.join('\n  ')}`);
};

/**
 * Waits until `selector` matches inside the overlay's shadow root, polling from Node: page.waitForSelector with
 * `>>>` polls on animation frames, which stopped after axe-core ran in the page (seen with Chromium headless).
 */
export const waitForShadow = async (page, selector, { timeout = 8000, gone = false } = {}) => {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const found = await clean(page).evaluate(
      (host, sel) => !!document.querySelector(host)?.shadowRoot?.querySelector(sel),
      hostSelector(page),
      selector,
    );
    if (found !== gone) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${gone ? 'Still' : 'Never'} found ${selector} in the overlay after ${timeout} ms`);
};
