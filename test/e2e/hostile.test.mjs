// Issue 15, findings 1–3: pages that try to detect, stop, block or forge the guide, in real Chromium and Firefox.
// Every hostile script runs before the page's own scripts (and so before the content script): evaluateOnNewDocument.
// What the test reads, it reads from Puppeteer's own isolated world (harness `clean`), which page patches cannot reach.
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  clean,
  clickShadow,
  guidePanel,
  hostKey,
  hostSelector,
  hostState,
  launchChromium,
  launchFirefox,
  openExtensionPage,
  openPortal,
  PORTAL,
  sendFromPage,
  waitForOverlayText,
  waitForPage,
  waitForPanelText,
  waitForShadow,
} from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
// The Business Number step: the wizard opens on its required-details screen, so the test asks for this step.
const REGISTER = '/en/business/register?late=0&screen=business-identifiers.en';

/** A page script as a string, with JSON arguments: evaluateOnNewDocument runs it before the page's own. */
const script = (fn, ...args) => `(${fn})(${args.map((a) => JSON.stringify(a)).join(',')})`;

/** Every message posted to the page and every WXT start event, as the page would hear them. */
function listen(key) {
  window.__heard = [];
  addEventListener(
    'message',
    (e) => {
      let data;
      try {
        data = JSON.stringify(e.data);
      } catch {
        data = String(e.data);
      }
      window.__heard.push(`message ${data}`);
    },
    true,
  );
  for (const name of ['portal', 'portal-tips']) {
    const type = `${key}:${name}:wxt:content-script-started`;
    document.addEventListener(type, () => window.__heard.push(`document ${type}`), true);
    window.addEventListener(type, () => window.__heard.push(`window ${type}`), true);
  }
}

/** What stopped the guide in round 1: WXT's start announcement, sent back by the page with another messageId. */
function attack(key) {
  for (const name of ['portal', 'portal-tips']) {
    const type = `${key}:${name}:wxt:content-script-started`;
    const detail = { contentScriptName: name, messageId: 'from-the-page' };
    document.dispatchEvent(new CustomEvent(type, { detail }));
    window.dispatchEvent(new CustomEvent(type, { detail }));
    window.postMessage({ type, ...detail }, '*');
  }
}

/** The page owns `carm-guide`, in one of the ways that blocked the guide in round 1. */
function defineCarmGuide(kind) {
  class PageCarmGuide extends HTMLElement {
    constructor() {
      super();
      if (kind === 'closed-shadow') {
        const root = this.attachShadow({ mode: 'closed' });
        root.textContent = 'the page owns this element';
      }
      if (kind === 'throws') throw new Error('page: carm-guide is mine');
    }
    connectedCallback() {
      if (kind === 'removes-itself') this.remove();
    }
  }
  customElements.define('carm-guide', PageCarmGuide);
}

/**
 * Patches everything the content script might rely on, then forges the guide: a `<carm-guide>` that claims another
 * page, and a copy of our host's mark, both in place before the content script runs.
 */
function patchAndForge(key) {
  const RealObserver = window.MutationObserver;
  const define = customElements.define.bind(customElements);
  customElements.define = (name, ctor, opts) => define(name, ctor, opts);
  customElements.get = () => undefined;
  Element.prototype.attachShadow = () => {
    throw new Error('page: no shadow roots here');
  };
  window.MutationObserver = class {
    observe() {}
    disconnect() {}
    takeRecords() {
      return [];
    }
  };
  const push = history.pushState;
  window.__pushes = 0;
  history.pushState = function (...args) {
    window.__pushes++;
    return push.apply(this, args);
  };
  const qs = Document.prototype.querySelector;
  const qsa = Document.prototype.querySelectorAll;
  // Kept for the page's later tampering (tamper()); the patched ones hide us from everyone else.
  window.__realQuerySelector = (sel) => qs.call(document, sel);
  Document.prototype.querySelector = function (sel) {
    return /carm/i.test(sel) ? null : qs.call(this, sel);
  };
  Document.prototype.querySelectorAll = function (sel) {
    return /carm/i.test(sel) ? qsa.call(this, 'carm-nothing') : qsa.call(this, sel);
  };
  const forge = () => {
    const fake = document.createElement('carm-guide');
    for (const [k, v] of Object.entries({
      'data-page': 'portal-home',
      'data-step': 'delegate',
      'data-lang': 'fr',
      'data-role': 'broker',
    })) {
      fake.setAttribute(k, v);
    }
    fake.id = 'page-made';
    const copy = document.createElement('div');
    copy.setAttribute('data-carm-guide-host', key);
    copy.id = 'page-copy-before-start';
    copy.append(document.createElement('carm-guide'));
    document.body.prepend(fake, copy);
  };
  new RealObserver((_, mo) => {
    if (!document.body) return;
    mo.disconnect();
    forge();
  }).observe(document, { childList: true, subtree: true });
}

/** In the page's main world: what a page script would do to the guide once it is there. */
const tamper = (page, what) =>
  page.evaluate(
    (what, sel) => {
      // The page patched its own querySelector (patchAndForge) and kept the original.
      const host = (window.__realQuerySelector ?? ((s) => document.querySelector(s)))(sel);
      const marker = host?.firstElementChild;
      if (what === 'attributes') {
        marker.setAttribute('data-page', 'portal-home');
        marker.setAttribute('data-role', 'broker');
        marker.removeAttribute('data-lang');
        host.setAttribute('hidden', '');
        host.setAttribute('style', 'display:none !important');
        host.setAttribute('inert', '');
      } else if (what === 'remove') {
        host.remove();
      } else if (what === 'jail') {
        const jail = document.createElement('div');
        jail.hidden = true;
        document.body.append(jail);
        jail.append(host);
      } else if (what === 'copy-after-start') {
        const copy = document.createElement('div');
        copy.setAttribute('data-carm-guide-host', host.getAttribute('data-carm-guide-host'));
        copy.id = 'page-copy-after-start';
        const fake = document.createElement('carm-guide');
        fake.setAttribute('data-page', 'portal-home');
        copy.append(fake);
        document.body.prepend(copy);
      }
    },
    what,
    hostSelector(page),
  );

/** Read from Puppeteer's isolated world: our host's marker attributes, the panel count, and the page's copies. */
const truth = (page) =>
  clean(page).evaluate((sel) => {
    const hosts = [...document.querySelectorAll(sel)];
    const host = hosts[0];
    return {
      hosts: hosts.length,
      panels: hosts.reduce((n, h) => n + (h.shadowRoot?.querySelectorAll('.cg-bar').length ?? 0), 0),
      hostAttributes: host ? host.getAttributeNames().sort() : [],
      inBody: host?.parentElement === document.body,
      copies: hosts.filter((h) => h.id.startsWith('page-copy')).length,
      pageMade: document.getElementById('page-made')?.getAttribute('data-page') ?? null,
    };
  }, hostSelector(page));

const waitFor = async (fn, what, timeout = 5000) => {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    last = await fn();
    if (last.ok) return last;
    await sleep(50);
  }
  throw new Error(`${what}: ${JSON.stringify(last)}`);
};

/** Findings 1 and 2 in one browser (both matter in Firefox too: WXT's context did the same there). */
const detectAndStop = (getCtx, { cdp }) => {
  it('finding 1: the page hears nothing of the content scripts, and sending WXT’s start event back stops nothing', async () => {
    const ctx = getCtx();
    const probe = await ctx.browser.newPage();
    const key = hostKey(probe);
    await probe.close();
    const page = await openPortal(ctx.browser, REGISTER, { init: script(listen, key) });
    await waitForPage(page, 'business-identifiers');
    await waitForOverlayText(page, /business/i);
    // Field tips (document_idle) have started too once "Show next to the field" works.
    await sleep(1000);
    const heard = await page.evaluate(() => window.__heard);
    assert.deepEqual(heard, [], 'the page heard the content scripts start');
    await page.evaluate(attack, key);
    await sleep(300);
    // The portal moves on: the guide follows, and both scripts still work.
    await page.evaluate(() => window.replica.next());
    await waitForPage(page, 'business-information');
    await waitForOverlayText(page, /Legal name and address/);
    await page.evaluate(() => window.replica.back());
    await waitForPage(page, 'business-identifiers');
    await page.evaluate(attack, key);
    await waitForShadow(page, '.cg-bar');
    const field = await clean(page).evaluate(() => {
      const input = document.querySelector('main input');
      input?.focus();
      return !!input;
    });
    assert.ok(field, 'the Business Number field is there');
    // The field-tips script (document_idle) answers focus with its tip.
    await waitForShadow(page, '.cg-bubble');
    assert.equal((await hostState(page)).count, 1);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  for (const kind of ['closed-shadow', 'removes-itself', 'throws']) {
    it(`finding 2: the page defined its own carm-guide (${kind}): the guide still appears, nothing of ours throws`, async () => {
      const ctx = getCtx();
      const page = await openPortal(ctx.browser, REGISTER, { init: script(defineCarmGuide, kind) });
      const exceptions = [];
      const session = cdp ? await page.createCDPSession() : null;
      if (session) {
        session.on('Runtime.exceptionThrown', (e) =>
          exceptions.push(e.exceptionDetails.exception?.description ?? e.exceptionDetails.text),
        );
        await session.send('Runtime.enable');
      }
      // The bar is drawn and says what it recognised, whatever the page did to the name.
      await waitForShadow(page, '.cg-bar');
      await waitForOverlayText(page, /Business Number/);
      const t = await truth(page);
      assert.equal(t.hosts, 1);
      assert.equal(t.panels, 1);
      const state = await hostState(page);
      if (kind === 'removes-itself') {
        // The page's element leaves every time it is put back: the marker is given up, the guide goes on.
        assert.equal(state.markers, 0);
      } else {
        assert.equal(state.markers, 1);
        assert.equal(state.page, 'business-identifiers');
      }
      await page.evaluate(() => window.replica.next());
      await waitForOverlayText(page, /Legal name and address/);
      // Only the page's own constructor may have thrown, in the page's world.
      const ours = [...page.pageErrors, ...exceptions].filter((e) => !/carm-guide is mine/.test(e));
      assert.deepEqual(ours, [], 'errors other than the page’s own');
      await session?.detach();
      await page.close();
    });
  }
};

describe('Chromium: hostile pages', () => {
  let ctx;
  before(async () => {
    ctx = await launchChromium();
  });
  after(async () => {
    await ctx?.close();
  });

  detectAndStop(() => ctx, { cdp: true });

  it('finding 3: forged <carm-guide>s, a copied host mark and patched DOM APIs never make the guide lie, duplicate or stop', async () => {
    const probe = await ctx.browser.newPage();
    const key = hostKey(probe);
    await probe.close();
    const page = await openPortal(ctx.browser, REGISTER, { init: script(patchAndForge, key) });
    await waitForPage(page, 'business-identifiers');
    await waitForOverlayText(page, /Business Number/);
    let t = await truth(page);
    assert.equal(t.hosts, 1, 'the copy of our mark made before start is gone');
    assert.equal(t.copies, 0);
    assert.equal(t.panels, 1);
    // The page's own element is the page's: left alone, saying what the page made it say.
    assert.equal(t.pageMade, 'portal-home');
    let state = await hostState(page);
    assert.equal(state.all, 2, 'ours and the page’s');
    assert.deepEqual([state.page, state.lang], ['business-identifiers', 'en']);

    // The page sets attributes on our marker and our host: set back.
    await tamper(page, 'attributes');
    await waitFor(async () => {
      const s = await hostState(page);
      const h = await truth(page);
      return {
        ok:
          s.page === 'business-identifiers' &&
          s.lang === 'en' &&
          s.role === null &&
          h.hostAttributes.join() === 'data-carm-guide-host',
        s,
        h,
      };
    }, 'the contract attributes were not set back');

    // Removed, moved into a hidden element, copied: back to one host, in the body.
    for (const what of ['remove', 'jail', 'copy-after-start']) {
      await tamper(page, what);
      await waitFor(async () => {
        const h = await truth(page);
        return { ok: h.hosts === 1 && h.copies === 0 && h.inBody && h.panels === 1, h };
      }, `after "${what}" the host did not come back as the only one`);
    }

    // The portal navigates with its patched pushState: the guide follows.
    await page.evaluate(() => window.replica.next());
    state = await waitForPage(page, 'business-information');
    assert.equal(state.count, 1);
    await waitForOverlayText(page, /Legal name and address/);
    // A navigation with a new URL, through the page's patched pushState.
    await page.evaluate(() => window.replica.show('first-time-setup.en'));
    state = await waitForPage(page, 'first-time-setup');
    assert.equal(state.count, 1);
    assert.ok((await page.evaluate(() => window.__pushes)) >= 1, 'the page’s patched pushState was used');
    t = await truth(page);
    assert.equal(t.panels, 1);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });
});

/** What the adversarial review found kept in the outline, put on a portal page (finding 4). */
function hostileText() {
  const add = (parent, tag, text, attrs = {}) => {
    const el = document.createElement(tag);
    el.textContent = text;
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
    parent.append(el);
    return el;
  };
  const header = document.querySelector('header') ?? document.body;
  add(header, 'button', 'Jane Doe', { 'aria-haspopup': 'menu' });
  add(header, 'span', 'Signed in as Jean Tremblay', { role: 'status' });
  const main = document.querySelector('main');
  add(main, 'h2', 'Good morning, Marie Curie');
  add(main, 'h3', '« Bonsoir Marie Tremblay »');
  add(main, 'label', 'Contact: jane.doe＠example.com');
  add(main, 'p', 'Write to name [at] example [dot] com', { role: 'alert' });
  add(main, 'p', 'Program account １２３４５６７８９ｒｍ０００１', { role: 'alert' });
  add(main, 'p', 'BN 123 456 789', { role: 'alert' });
  add(main, 'p', 'SIN ٠٤٦ ٤٥٤ ٢٨٦', { role: 'alert' });
  add(main, 'p', 'Call 613-555-0100', { role: 'alert' });
  add(main, 'p', 'Mailing address: Ottawa ON K1A 0B1', { role: 'alert' });
  add(main, 'p', 'Area K1A', { role: 'alert' });
  add(main, 'a', 'Marie Curie’s profile', { href: '#profile' });
}

const SECRETS =
  /marie|curie|tremblay|jane|doe\b|jean|example|123|456|789|0001|rm0|k1a|0b1|613|555|0100|٠|٤|typedsecret/i;

describe('Chromium: the outline protects people (finding 4)', () => {
  let ctx;
  let downloads;
  before(async () => {
    ctx = await launchChromium();
    downloads = mkdtempSync(join(tmpdir(), 'carm-downloads-'));
    const session = await ctx.browser.target().createCDPSession();
    await session.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: downloads });
    await ctx.browser
      .defaultBrowserContext()
      .overridePermissions(PORTAL, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  });
  after(async () => {
    await ctx?.close();
    if (downloads) rmSync(downloads, { recursive: true, force: true });
  });

  it('a hostile page: no number, postal code, e-mail, name or typed text in the outline, saved or copied', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register/jane.doe%40example.com/?late=0');
    await waitForShadow(page, '.cg-bar');
    await page.evaluate(hostileText);
    // Text typed in a field.
    await page.evaluate(() => {
      const input = document.querySelector('main input');
      input?.focus();
    });
    await page.keyboard.type('typedsecret 123456789');
    await sleep(500);
    // "Report this page" is in the side panel, which asks this tab's content script for the outline.
    const panel = await guidePanel(page);
    await panel.bringToFront();
    await panel.waitForSelector('.sp-foot .sp-link', { timeout: 8000 });
    await panel.click('.sp-foot .sp-link');
    await panel.waitForSelector('.cg-report textarea', { timeout: 8000 });
    const outline = await panel.$eval('.cg-report textarea', (t) => t.value);
    assert.match(outline, /path: \/en\/business\/register\/\[…\]/, outline);
    assert.match(outline, /not shown: long, or may be personal/);
    assert.doesNotMatch(outline, SECRETS, outline);
    // Below the header lines (version, confidence), no digit at all, but in the counts of what was left out.
    const texts = outline
      .slice(outline.indexOf('headings:'))
      .split('\n')
      .filter((l) => !/^ {2}\(\d+ not shown/.test(l));
    assert.doesNotMatch(texts.join('\n'), /\p{Nd}/u, outline);
    assert.doesNotMatch(outline, /send to:/, 'no address was set at build time');

    // Save as a file: the same text, in the downloads folder.
    await panel.click('.cg-report .cg-row .cg-button:first-child');
    const deadline = Date.now() + 8000;
    let files = [];
    while (Date.now() < deadline) {
      files = readdirSync(downloads).filter((f) => f.endsWith('.txt'));
      if (files.length > 0) break;
      await sleep(100);
    }
    assert.deepEqual(files, ['carm-guide-page-outline.txt']);
    assert.equal(readFileSync(join(downloads, files[0]), 'utf8'), outline);
    await waitForPanelText(panel, /Saved to your downloads folder/);

    // Copy: the same text on the clipboard.
    await panel.click('.cg-report .cg-row .cg-button:nth-child(2)');
    await waitForPanelText(panel, /Copied to the clipboard/);
    await page.bringToFront();
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), outline);
    assert.ok(existsSync(downloads));
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(panel.pageErrors, []);
    await panel.close();
    await page.close();
  });
});

describe('Chromium: made-up ids and oversized input through the real runtime (findings 5 and 7)', () => {
  let ctx;
  let options;
  before(async () => {
    ctx = await launchChromium();
    options = await openExtensionPage(ctx, 'options.html');
    await options.waitForSelector('[data-testid="options-main"]', { timeout: 8000 });
  });
  after(async () => {
    await ctx?.close();
  });

  it('finding 5: 520 ticks of made-up items are refused and none is stored', async () => {
    const replies = await options.evaluate(() =>
      Promise.all(
        Array.from({ length: 520 }, (_, i) =>
          chrome.runtime
            .sendMessage({ type: 'tick', itemId: `made-up-${i}`, done: true })
            .then((r) => (r.ok ? 'ok' : r.error.code)),
        ),
      ),
    );
    assert.deepEqual([...new Set(replies)], ['not-found']);
    const ok = await sendFromPage(options, { type: 'tick', itemId: 'prepare-bn9', done: true });
    assert.equal(ok.ok, true);
    const stored = await options.evaluate(() => chrome.storage.local.get('progress'));
    const ticks = stored.progress.profiles.flatMap((p) => Object.keys(p.ticks));
    assert.deepEqual(ticks, ['prepare-bn9']);
  });

  it('finding 7: a huge message and a huge import are refused by size, and the worker answers the next one', async () => {
    const codes = await options.evaluate(async () => {
      const code = (r) => (r.ok ? 'ok' : r.error.code);
      const label = await chrome.runtime.sendMessage({
        type: 'profile-create',
        label: 'x'.repeat(10_000_000),
        role: null,
      });
      const view = await chrome.runtime.sendMessage({
        type: 'overlay-view',
        page: 'x'.repeat(10_000_000),
        lang: 'en',
        errors: [],
      });
      const file = await chrome.runtime.sendMessage({ type: 'import', file: ' '.repeat(20_000_000) });
      const next = await chrome.runtime.sendMessage({ type: 'get-state' });
      return { label: code(label), view: code(view), file: code(file), next: code(next) };
    });
    assert.deepEqual(codes, { label: 'too-large', view: 'too-large', file: 'too-large', next: 'ok' });
  });

  it('finding 7: the options page refuses a file over 2 MB before reading it, and says why', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'carm-import-'));
    const path = join(dir, 'huge.json');
    writeFileSync(path, `{"format":"carm-guide-progress","pad":"${'x'.repeat(3 * 1024 * 1024)}"}`);
    const input = await options.$('[data-testid="import-file"]');
    await input.uploadFile(path);
    await options.waitForFunction(
      () => /too large/.test(document.querySelector('[data-testid="import-status"]')?.textContent ?? ''),
      { timeout: 8000 },
    );
    rmSync(dir, { recursive: true, force: true });
    assert.deepEqual(options.pageErrors, []);
  });
});

describe('Chromium: pathological pages stay bounded (finding 6)', () => {
  let ctx;
  let counter;
  before(async () => {
    ctx = await launchChromium();
    // Every storage write the extension makes, seen from one of its own pages.
    counter = await openExtensionPage(ctx, 'popup.html');
    await counter.evaluate(() => {
      window.__writes = [];
      chrome.storage.onChanged.addListener((changes) => window.__writes.push(Object.keys(changes).join()));
    });
  });
  after(async () => {
    await ctx?.close();
  });

  it('a page of interactive elements nested 400 deep: the guide keeps answering and follows the next page', async () => {
    const page = await openPortal(ctx.browser, REGISTER);
    await waitForPage(page, 'business-identifiers');
    await page.evaluate(() => {
      const kinds = ['a', 'button', 'label', 'div', 'h2'];
      let at = document.querySelector('main');
      for (let i = 0; i < 400; i++) {
        const el = document.createElement(kinds[i % kinds.length]);
        if (el.localName === 'a') el.href = `#n${i}`;
        if (el.localName === 'div') el.setAttribute('role', 'button');
        el.append(`Legal name ${i} · dénomination sociale `);
        at.append(el);
        at = el;
      }
    });
    // Still answering: the next screen of the portal is recognised.
    await page.evaluate(() => window.replica.show('user-profile.en'));
    await waitForPage(page, 'user-profile');
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('a 3-second pushState storm: the guide ends on the page shown, with the visits written at most a few times', async () => {
    const page = await openPortal(ctx.browser, REGISTER);
    await waitForPage(page, 'business-identifiers');
    await sleep(2500); // the first visit's coalesced write is done
    await counter.evaluate(() => {
      window.__writes = [];
    });
    const made = await page.evaluate(
      () =>
        new Promise((resolve) => {
          const end = performance.now() + 3000;
          let n = 0;
          const step = () => {
            if (performance.now() >= end) return resolve(n);
            history.pushState({}, '', `/en/storm/${n++}`);
            setTimeout(step, 0);
          };
          step();
        }),
    );
    assert.ok(made > 100, `the page made ${made} navigations`);
    await page.evaluate(() => window.replica.show('first-time-setup.en'));
    await waitForPage(page, 'first-time-setup');
    await sleep(2500);
    const writes = await counter.evaluate(() => window.__writes);
    assert.ok(writes.length <= 4, `storage writes during and after the storm: ${JSON.stringify(writes)}`);
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });
});

describe('Firefox: hostile pages', () => {
  let ctx;
  before(async () => {
    ctx = await launchFirefox();
  });
  after(async () => {
    await ctx?.close();
  });

  detectAndStop(() => ctx, { cdp: false });
});
