// Issue 6/6 (security and privacy): the manifest asks for exactly what the README promises, for both browsers.
// Evaluates wxt.config.ts's manifest function (unit tests run before the build); the built manifests are pinned
// again, as shipped, by test/e2e/security.test.mjs.
import { describe, expect, it } from 'vitest';
import config, { PORTAL_ORIGIN } from '../../wxt.config';

/** Every content script entrypoint (WXT turns each into a `content_scripts` entry). */
const CONTENT_SCRIPTS = import.meta.glob<{ default: Record<string, unknown> }>(
  '../../entrypoints/*.content/index.{ts,tsx}',
  { eager: true },
);

type Manifest = Record<string, unknown> & {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  content_security_policy?: unknown;
  web_accessible_resources?: unknown;
  browser_specific_settings?: { gecko?: Record<string, unknown>; gecko_android?: Record<string, unknown> };
};

const manifestFor = async (browser: 'chrome' | 'firefox'): Promise<Manifest> => {
  const fn = config.manifest;
  const env = {
    browser,
    manifestVersion: browser === 'chrome' ? 3 : 2,
    mode: 'production',
    command: 'build',
  };
  const value = typeof fn === 'function' ? await (fn as (e: typeof env) => unknown)(env) : fn;
  return (value ?? {}) as Manifest;
};

/** Parses a CSP string into directive → sources. */
const parseCsp = (csp: string): Record<string, string[]> =>
  Object.fromEntries(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...values]) => [name?.toLowerCase() ?? '', values]),
  );

const STRICT_SCRIPT = [["'self'"]];
const STRICT_OBJECT = [["'self'"], ["'none'"]];

/** script-src 'self' only (no eval, no inline, no remote host); object-src 'self' or 'none'; connect-src 'none'. */
const expectStrictCsp = (csp: unknown, where: string) => {
  expect(typeof csp, `${where}: an explicit content security policy`).toBe('string');
  const d = parseCsp(String(csp));
  expect(STRICT_SCRIPT, `${where} script-src`).toContainEqual(d['script-src']);
  expect(STRICT_OBJECT, `${where} object-src`).toContainEqual(d['object-src']);
  // Nothing leaves the browser: extension pages and the worker may not open any connection (builds only; WXT's
  // dev server needs one in `wxt dev`).
  expect(d['connect-src'], `${where} connect-src`).toEqual(["'none'"]);
  for (const [name, sources] of Object.entries(d)) {
    for (const s of sources) {
      expect(s, `${where} ${name}`).not.toMatch(/unsafe-eval|unsafe-inline|^https?:|^\*$|^wss?:/);
    }
  }
};

describe('manifest (from wxt.config.ts)', () => {
  it('pins the portal origin', () => {
    expect(PORTAL_ORIGIN).toBe('https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca');
  });

  it('Chrome (MV3): storage, alarms and sidePanel, notifications only on request, the portal host only', async () => {
    const m = await manifestFor('chrome');
    // sidePanel: the full guide in Chrome's side panel (issue 13); it grants no access to any page.
    expect(m.permissions).toEqual(['storage', 'alarms', 'sidePanel']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.host_permissions).toEqual([`${PORTAL_ORIGIN}/*`]);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m).not.toHaveProperty('externally_connectable');
    expect(m).not.toHaveProperty('optional_host_permissions');
    expect(m.browser_specific_settings).toBeUndefined();
  });

  it('Firefox (MV2): the same permissions, a fixed add-on id, and no data collection', async () => {
    const m = await manifestFor('firefox');
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.optional_permissions).toEqual(['notifications']);
    // WXT moves host permissions into `permissions` for MV2; the config still names only the portal.
    expect(m.host_permissions).toEqual([`${PORTAL_ORIGIN}/*`]);
    expect(m.web_accessible_resources).toBeUndefined();
    const gecko = m.browser_specific_settings?.gecko;
    expect(gecko?.id).toBe('carm-guide@carm-guide.invalid');
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('opens the full guide with one keyboard shortcut in each browser (no permission needed)', async () => {
    const chrome = (await manifestFor('chrome')) as Manifest & { commands?: Record<string, unknown> };
    const firefox = (await manifestFor('firefox')) as Manifest & { commands?: Record<string, unknown> };
    expect(Object.keys(chrome.commands ?? {})).toEqual(['open-guide']);
    // Firefox's built-in command toggles the sidebar_action WXT makes from entrypoints/sidepanel.
    expect(Object.keys(firefox.commands ?? {})).toEqual(['_execute_sidebar_action']);
  });

  it('Firefox: the minimum version supports data_collection_permissions (desktop 140, Android 142)', async () => {
    const gecko = (await manifestFor('firefox')).browser_specific_settings;
    const min = (v: unknown) => Number.parseFloat(String(v ?? '0'));
    expect(min(gecko?.gecko?.strict_min_version)).toBeGreaterThanOrEqual(140);
    // web-ext lint reads Android's minimum from gecko_android, falling back to gecko's.
    expect(
      min(gecko?.gecko_android?.strict_min_version ?? gecko?.gecko?.strict_min_version),
    ).toBeGreaterThanOrEqual(142);
  });

  it('declares a strict content security policy for extension pages (Chrome MV3)', async () => {
    const csp = (await manifestFor('chrome')).content_security_policy as
      | { extension_pages?: unknown }
      | undefined;
    expectStrictCsp(csp?.extension_pages, 'chrome extension_pages');
  });

  it('declares a strict content security policy for extension pages (Firefox MV2)', async () => {
    expectStrictCsp((await manifestFor('firefox')).content_security_policy, 'firefox');
  });

  it('runs every content script on the portal only, in the isolated world, top frame only', () => {
    const scripts = Object.entries(CONTENT_SCRIPTS);
    expect(scripts.map(([path]) => path)).toContain('../../entrypoints/portal.content/index.tsx');
    for (const [path, module] of scripts) {
      const script = module.default;
      expect(script.matches, path).toEqual([`${PORTAL_ORIGIN}/*`]);
      expect(script, path).not.toHaveProperty('allFrames', true);
      expect(script, path).not.toHaveProperty('world', 'MAIN');
      expect(script, path).not.toHaveProperty('excludeMatches');
      expect(script, path).not.toHaveProperty('registration', 'runtime');
    }
  });
});
