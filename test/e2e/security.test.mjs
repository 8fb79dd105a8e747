// Issue 6/6 (security and privacy): no extension context makes a network request; the built manifests ask for
// exactly what the README promises, with a strict content security policy; portal text with markup is shown as
// text (and a lint rule keeps HTML sinks out of extension code); web-ext lint finds no error in the Firefox build;
// the portal's form is never written by the extension and submits what the user typed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  CHROME_EXT,
  chooseRoleInOverlay,
  FIREFOX_EXT,
  focusInfo,
  guidePanel,
  launchChromium,
  openPortal,
  PORTAL,
  ROOT,
  requireBuild,
  sendFromPage,
  waitForOverlayText,
  waitForPage,
  waitForShadow,
} from './harness.mjs';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const LOCAL = /^(chrome-extension|data|blob|about|devtools):/;
// The one request this file makes on purpose, to prove the monitors see requests (loopback discard port).
const PROBE = 'http://127.0.0.1:9/carm-guide-monitor-probe';

const readManifest = (dir) => {
  requireBuild(dir);
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
};
const parseCsp = (csp) =>
  Object.fromEntries(
    String(csp)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...values]) => [name.toLowerCase(), values]),
  );
const expectStrictCsp = (csp, where) => {
  assert.equal(typeof csp, 'string', `${where}: no content security policy for extension pages`);
  const d = parseCsp(csp);
  assert.deepEqual(d['script-src'], ["'self'"], `${where}: script-src`);
  assert.ok(["'self'", "'none'"].includes(d['object-src']?.join(' ')), `${where}: object-src`);
  assert.deepEqual(d['connect-src'], ["'none'"], `${where}: connect-src 'none' (nothing leaves the browser)`);
  assert.doesNotMatch(csp, /unsafe-eval|unsafe-inline|https?:|wss?:|\*/, `${where}: ${csp}`);
};
const files = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });

describe('built manifests and bundles', () => {
  it('Chrome MV3: exact permissions, the portal host only, no web-accessible resources, strict CSP', () => {
    const m = readManifest(CHROME_EXT);
    assert.equal(m.manifest_version, 3);
    assert.deepEqual(m.permissions, ['storage', 'alarms', 'sidePanel']);
    assert.deepEqual(m.optional_permissions, ['notifications']);
    assert.deepEqual(m.host_permissions, [`${PORTAL}/*`]);
    assert.equal(m.optional_host_permissions, undefined);
    assert.equal(m.web_accessible_resources, undefined);
    assert.equal(m.externally_connectable, undefined);
    assert.ok(m.content_scripts.length >= 1);
    for (const script of m.content_scripts) {
      assert.deepEqual(script.matches, [`${PORTAL}/*`], `content script ${script.js}`);
      assert.notEqual(script.all_frames, true);
      assert.notEqual(script.world, 'MAIN');
      assert.equal(script.exclude_matches, undefined);
    }
    expectStrictCsp(m.content_security_policy?.extension_pages, 'chrome-mv3');
  });

  it('Firefox MV2: the same, a fixed add-on id, no data collection, strict CSP', () => {
    const m = readManifest(FIREFOX_EXT);
    assert.equal(m.manifest_version, 2);
    // MV2 lists the host among permissions.
    assert.deepEqual(m.permissions, ['storage', 'alarms', `${PORTAL}/*`]);
    assert.deepEqual(m.optional_permissions, ['notifications']);
    assert.equal(m.web_accessible_resources, undefined);
    for (const script of m.content_scripts) assert.deepEqual(script.matches, [`${PORTAL}/*`], `${script.js}`);
    const gecko = m.browser_specific_settings?.gecko;
    assert.equal(gecko?.id, 'carm-guide@carm-guide.invalid');
    assert.deepEqual(gecko?.data_collection_permissions, { required: ['none'] });
    expectStrictCsp(m.content_security_policy, 'firefox-mv2');
  });

  it('extension pages load only their own files (no remote script, style or font)', () => {
    for (const dir of [CHROME_EXT, FIREFOX_EXT]) {
      for (const html of files(dir).filter((f) => f.endsWith('.html'))) {
        const text = readFileSync(html, 'utf8');
        const refs = [...text.matchAll(/\b(?:src|href)=["']([^"']+)["']/g)].map((x) => x[1]);
        for (const ref of refs) assert.match(ref, /^\/|^\.\//, `${relative(ROOT, html)} loads ${ref}`);
        assert.doesNotMatch(
          text,
          /<script(?![^>]*\bsrc=)[^>]*>\s*\S/,
          `${relative(ROOT, html)} has an inline script`,
        );
      }
      for (const css of files(dir).filter((f) => f.endsWith('.css'))) {
        for (const [, url] of readFileSync(css, 'utf8').matchAll(/url\(\s*["']?([^"')]+)/g)) {
          assert.match(url, /^\/|^\.\/|^data:/, `${relative(ROOT, css)} loads ${url}`);
        }
      }
    }
  });

  it('web-ext lint: no error in the Firefox build; warnings only of the known kinds', () => {
    requireBuild(FIREFOX_EXT);
    const run = spawnSync(
      join(ROOT, 'node_modules/.bin/web-ext'),
      ['lint', '--source-dir', FIREFOX_EXT, '--self-hosted', '--output', 'json', '--no-input'],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const report = JSON.parse(run.stdout.slice(run.stdout.indexOf('{')));
    const line = (m) => `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column}` : ''} ${m.message}`;
    assert.deepEqual(report.errors.map(line), [], 'web-ext lint errors');
    const warnings = report.warnings.map(line);
    if (warnings.length > 0)
      console.log(`web-ext lint warnings (see docs/reliability.md):\n  ${warnings.join('\n  ')}`);
    // Known: Preact's dangerouslySetInnerHTML branch, zod's `new Function` JIT probe, the minimum Firefox version
    // below the one data_collection_permissions needs. Anything else is new and must be looked at.
    const known = new Set([
      'UNSAFE_VAR_ASSIGNMENT',
      'DANGEROUS_EVAL',
      'KEY_FIREFOX_UNSUPPORTED_BY_MIN_VERSION',
      'KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION',
    ]);
    assert.deepEqual(
      report.warnings.filter((w) => !known.has(w.code)).map(line),
      [],
      'new kinds of web-ext lint warnings',
    );
  });
});

describe('lint rule: no HTML parsing in extension code (biome-plugins/no-inner-html.grit)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'carm-grit-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  const config = () => {
    const base = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8'));
    delete base.$schema;
    base.vcs = { enabled: false };
    base.files = { ignoreUnknown: true };
    base.plugins = [{ path: join(ROOT, 'biome-plugins/no-inner-html.grit') }];
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(base));
    return dir;
  };
  const lint = (paths) =>
    spawnSync(
      join(ROOT, 'node_modules/.bin/biome'),
      ['lint', '--config-path', config(), '--max-diagnostics=200', ...paths],
      { encoding: 'utf8', cwd: ROOT, timeout: 60_000 },
    );

  it('fires on every HTML sink', () => {
    const bad = join(dir, 'sinks.ts');
    const sinks = [
      'el.innerHTML = html;',
      'el.innerHTML += html;',
      'el.outerHTML = html;',
      "el['innerHTML'] = html;",
      "el.insertAdjacentHTML('beforeend', html);",
      'document.write(html);',
      'document.writeln(html);',
      'document.createRange().createContextualFragment(html);',
      "new DOMParser().parseFromString(html, 'text/html');",
      '(el as unknown as { setHTMLUnsafe(s: string): void }).setHTMLUnsafe(html);',
      '(el as HTMLIFrameElement).srcdoc = html;',
    ];
    writeFileSync(
      bad,
      `export const f = (el: HTMLElement, html: string) => {\n${sinks.map((s) => `  ${s}`).join('\n')}\n};\n`,
    );
    const out = lint([bad]);
    const output = out.stdout + out.stderr;
    const lines = [...output.matchAll(/sinks\.ts:(\d+):\d+ plugin/g)].map((m) => Number(m[1]));
    assert.deepEqual(
      lines.sort((a, b) => a - b),
      sinks.map((_, i) => i + 2),
      output,
    );
    assert.notEqual(out.status, 0, 'biome exits with an error');
  });

  it('passes on text-only DOM code and on the extension code today', () => {
    const good = join(dir, 'text.ts');
    writeFileSync(
      good,
      "export const g = (el: HTMLElement, text: string) => {\n  el.textContent = text;\n  const p = document.createElement('p');\n  p.append(text);\n  el.replaceChildren(p);\n  return el.innerHTML.length;\n};\n",
    );
    const out = lint([good, 'entrypoints', 'components', 'lib']);
    const hits = [...(out.stdout + out.stderr).matchAll(/^(\S+):\d+:\d+ plugin/gm)].map((m) => m[1]);
    // Tests may build DOM fixtures with innerHTML; biome.json scopes the rule to extension code only.
    assert.deepEqual(
      hits.filter((f) => !/\.test\.tsx?$/.test(f)),
      [],
      out.stdout,
    );
  });
});

describe('Chromium: privacy and isolation at run time', () => {
  let ctx;
  const requests = [];
  const cspViolations = [];
  const watchTarget = async (target) => {
    const url = target.url();
    if (!url.startsWith(`chrome-extension://${ctx?.extensionId ?? ''}`)) return;
    if (target.type() === 'service_worker') {
      const session = await target.createCDPSession();
      session.on('Network.requestWillBeSent', (e) => requests.push({ from: 'worker', url: e.request.url }));
      session.on('Runtime.consoleAPICalled', () => undefined);
      session.on('Log.entryAdded', (e) => {
        if (/Content Security Policy/.test(e.entry.text)) cspViolations.push(e.entry.text);
      });
      await session.send('Network.enable');
      await session.send('Log.enable').catch(() => undefined);
    } else if (target.type() === 'page') {
      const page = await target.page();
      page?.on('request', (req) => requests.push({ from: url, url: req.url() }));
    }
  };

  before(async () => {
    ctx = await launchChromium();
    ctx.browser.on('targetcreated', (t) => void watchTarget(t));
    await watchTarget(ctx.worker);
  });
  after(async () => {
    await ctx?.close();
  });

  const extensionPage = async (file) => {
    const page = await ctx.browser.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (req) => requests.push({ from: file, url: req.url() }));
    page.on('console', (m) => {
      if (/Content Security Policy/.test(m.text())) cspViolations.push(`${file}: ${m.text()}`);
    });
    await page.goto(`chrome-extension://${ctx.extensionId}/${file}`, { waitUntil: 'domcontentloaded' });
    return Object.assign(page, { pageErrors: errors });
  };

  it('the request monitors work (a deliberate request from the worker is seen or refused by the CSP)', async () => {
    const worker = await ctx.worker.worker();
    const result = await worker.evaluate(
      (url) =>
        fetch(url).then(
          () => 'sent',
          (e) => String(e),
        ),
      PROBE,
    );
    await sleep(300);
    const seen = requests.some((r) => r.url === PROBE);
    const refused = cspViolations.some((v) => v.includes('127.0.0.1'));
    assert.ok(seen || refused, `monitor saw nothing (fetch said ${result})`);
  });

  it('no extension context makes a network request through a walk, the popup and the options page', async () => {
    const blocked = [];
    const page = await openPortal(ctx.browser, '/en/auth/login?late=0', { blocked });
    await waitForPage(page, 'sign-in');
    await chooseRoleInOverlay(page, 'importer');
    for (const key of [
      'first-time-setup.en',
      'business-identifiers.en',
      'business-information.name-address-mismatch.en',
      'business-verification.ec-1012.en',
      'business-linked.en',
      'portal-home.fr',
      'delegation-approved.en',
      'rpp-security.en',
    ]) {
      await page.evaluate((k) => {
        window.replica.show(k);
      }, key);
      await waitForPage(page, key.split('.')[0]);
    }
    await page.evaluate(() => window.replica.show('business-identifiers.en'));
    await waitForPage(page, 'business-identifiers');
    await page.bringToFront();
    await page.evaluate(() => document.querySelector('main input')?.focus());
    await waitForShadow(page, '.cg-bubble');
    // The side panel: a tick and "Report this page".
    const panel = await guidePanel(page);
    await panel.bringToFront();
    await panel.waitForSelector('.sp-checklist input[type="checkbox"]');
    await panel.click('.sp-checklist input[type="checkbox"]');
    await panel.click('.sp-foot .sp-link');
    await panel.waitForSelector('.cg-report textarea');

    const popup = await extensionPage('popup.html');
    await popup.waitForSelector('[data-testid="last-visit"]', { timeout: 8000 });
    const options = await extensionPage('options.html');
    await options.waitForSelector('[data-testid="export"]', { timeout: 8000 });
    await options.bringToFront();
    await options.click('[data-testid="export"]');
    await sendFromPage(options, { type: 'deadline-add', title: 'Pay', at: '2030-01-01T00:00:00Z' });
    await sendFromPage(options, { type: 'settings-update', patch: { language: 'fr' } });
    await popup.reload({ waitUntil: 'domcontentloaded' });
    await popup.waitForSelector('[data-testid="last-visit"]', { timeout: 8000 });
    await sendFromPage(options, { type: 'settings-update', patch: { language: 'portal' } });
    await sleep(500);

    const external = requests.filter((r) => r.url !== PROBE && !LOCAL.test(r.url));
    assert.deepEqual(external, [], 'requests from extension contexts');
    assert.deepEqual(blocked, [], 'requests from the portal tab that were not to the portal');
    // The pages work within their content security policy: nothing they do themselves is refused.
    assert.deepEqual(
      cspViolations.filter((v) => !v.includes('127.0.0.1')),
      [],
      'CSP violations during normal use',
    );
    assert.deepEqual(page.pageErrors, []);
    assert.deepEqual(popup.pageErrors, []);
    assert.deepEqual(options.pageErrors, []);
    assert.deepEqual(panel.pageErrors, []);
    await Promise.all([popup.close(), options.close(), panel.close(), page.close()]);
  });

  it('extension pages refuse eval, inline script and network requests (content security policy)', async () => {
    const page = await extensionPage('options.html');
    await page.waitForSelector('[data-testid="options-main"]', { timeout: 8000 });
    const result = await page.evaluate(async (probe) => {
      const out = {};
      const violations = [];
      document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
      // DevTools-protocol evaluation may use eval; a timer callback runs as the page's own code.
      const later = (run) =>
        new Promise((resolve) =>
          setTimeout(() => {
            try {
              resolve(run());
            } catch (e) {
              resolve(e.name);
            }
          }, 0),
        );
      // biome-ignore lint/security/noGlobalEval: proving the page refuses it
      out.eval = await later(() => eval('1 + 1'));
      out.fn = await later(() => new Function('return 2')());
      window.__timer = false;
      setTimeout('window.__timer = true', 0);
      await new Promise((r) => setTimeout(r, 50));
      out.stringTimer = window.__timer;
      const s = document.createElement('script');
      s.textContent = 'window.__inline = true';
      document.body.append(s);
      out.inline = window.__inline === true;
      out.fetch = await fetch(probe).then(
        () => 'sent',
        (e) => e.name,
      );
      await new Promise((r) => setTimeout(r, 200));
      out.violations = violations;
      return out;
    }, PROBE);
    assert.equal(result.eval, 'EvalError');
    assert.equal(result.fn, 'EvalError');
    assert.equal(result.stringTimer, false);
    assert.equal(result.inline, false);
    assert.ok(
      result.violations.some((d) => d.startsWith('connect-src')),
      `a request to ${PROBE} was not refused by the page's CSP: ${JSON.stringify(result)}`,
    );
    await page.close();
  });

  it('shows portal text that contains markup or script as text, and runs none of it', async () => {
    const page = await openPortal(ctx.browser, '/en/some-new-page?late=0');
    await waitForPage(page, 'unknown');
    await page.evaluate(() => {
      const main = document.querySelector('main');
      const h1 = document.createElement('h1');
      h1.textContent = '<img src=x onerror="window.__pwned=1">';
      const label = document.createElement('label');
      label.textContent = '<script>window.__pwned=2</script>';
      const input = document.createElement('input');
      label.append(input);
      const button = document.createElement('button');
      button.textContent = '"><svg onload=window.__pwned=3>';
      const alert = document.createElement('div');
      alert.setAttribute('role', 'alert');
      alert.textContent = 'Error EC-1234<b>bold</b> &lt;i&gt;';
      // Markup among the portal's own words survives the outline's redaction (issue 15), as literal text.
      const next = document.createElement('button');
      next.textContent = 'Next <b>step</b> & <script>';
      main.replaceChildren(h1, label, button, alert, next);
    });
    await sleep(400);
    const panel = await guidePanel(page);
    await panel.waitForSelector('.sp-foot .sp-link');
    await panel.click('.sp-foot .sp-link');
    await panel.waitForSelector('.cg-report textarea');
    const outline = await panel.$eval('.cg-report textarea', (t) => t.value);
    const textareaChildren = await panel.$eval('.cg-report textarea', (t) => t.children.length);
    const panelInjected = await panel.evaluate(
      () => document.querySelectorAll('main img, main script, main svg, main b, main iframe').length,
    );
    const seen = await page.evaluate(() => {
      const root = document.querySelector('[data-carm-guide-host]').shadowRoot;
      return {
        injected: root.querySelectorAll('img, script, svg, b, iframe, object, embed').length,
        pwned: window.__pwned ?? null,
      };
    });
    seen.outline = outline;
    seen.textareaChildren = textareaChildren;
    seen.injected += panelInjected;
    await panel.close();
    assert.equal(seen.pwned, null, 'portal text ran as script');
    assert.equal(seen.injected, 0, 'portal text became elements in the overlay');
    // The outline (what "Report this page" shows) keeps markup as literal text where it keeps the text at all; the
    // texts made of words the guide does not know ("img src onerror window") are left out as possibly personal.
    assert.match(seen.outline, /- next <b>step<\/b> & <script>/);
    assert.doesNotMatch(seen.outline, /onerror|onload|__pwned/);
    assert.equal(seen.textareaChildren, 0, 'the outline is the textarea’s value, never its children');
    assert.deepEqual(page.pageErrors, []);
    await page.close();
  });

  it('never writes the portal form: it submits exactly what the user typed, and nothing typed is stored', async () => {
    const page = await openPortal(ctx.browser, '/en/business/register?late=0&screen=business-identifiers.en');
    await waitForPage(page, 'business-identifiers');
    await waitForOverlayText(page, /Open the guide/);
    // Any event the extension dispatched into the page's fields would be untrusted.
    await page.evaluate(() => {
      window.__untrusted = [];
      for (const type of ['input', 'change', 'keydown', 'keyup', 'paste', 'beforeinput']) {
        document.addEventListener(
          type,
          (e) => {
            if (!e.isTrusted) window.__untrusted.push(`${type} on ${e.target?.localName}`);
          },
          true,
        );
      }
    });
    const typed = {};
    const MARK = 'Zqx';
    for (const pageId of [
      'business-identifiers',
      'business-information',
      'business-verification',
      'business-review',
    ]) {
      await waitForPage(page, pageId);
      await page.evaluate(() => document.querySelector('main input, main select')?.focus());
      for (let n = 0; n < 30; n++) {
        const info = await focusInfo(page);
        if (info.overlay || info.tag === 'BODY') break;
        if (/^(Next|Submit)$/.test(info.name ?? '')) {
          await page.keyboard.press('Enter');
          break;
        }
        if (info.tag === 'input' && /^(text|email|tel|number|)$/.test(info.type) && !info.value) {
          const want = /Business Number/.test(info.name)
            ? '123456789'
            : `${MARK} ${info.name.slice(0, 12)} ${n}`;
          const { name, max } = await page.evaluate(() => ({
            name: document.activeElement.name,
            max: document.activeElement.maxLength,
          }));
          await page.keyboard.type(want);
          // The portal's own maxlength may shorten what is typed; nothing else may change it.
          typed[name] = max > 0 ? want.slice(0, max) : want;
        } else if (
          info.tag === 'input' &&
          info.type === 'checkbox' &&
          /terms|conditions|confirm authentication/i.test(info.name)
        ) {
          await page.keyboard.press('Space');
        }
        // The values the user sees are still exactly what they typed.
        const live = await page.evaluate(() =>
          Object.fromEntries(
            [...document.querySelectorAll('main input, main select')].map((el) => [el.name, el.value]),
          ),
        );
        for (const [name, value] of Object.entries(typed))
          if (name in live) assert.equal(live[name], value, name);
        await page.keyboard.press('Tab');
        await sleep(30);
      }
    }
    await waitForPage(page, 'business-linked');
    const submitted = await page.evaluate(() => window.replica.submitted);
    assert.ok(Object.keys(typed).length >= 6, `typed into ${Object.keys(typed).join(', ')}`);
    for (const [name, value] of Object.entries(typed))
      assert.equal(submitted[name], value, `submitted ${name}`);
    assert.deepEqual(await page.evaluate(() => window.__untrusted), [], 'events the extension dispatched');
    // Nothing typed reached the extension's storage.
    const options = await extensionPage('options.html');
    const stored = JSON.stringify(await options.evaluate(() => chrome.storage.local.get(null)));
    assert.ok(!stored.includes(MARK) && !stored.includes('123456789'), 'typed values found in storage');
    assert.deepEqual(page.pageErrors, []);
    await options.close();
    await page.close();
  });
});
