import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { checkReportTo } from './lib/report/report-to';

export const PORTAL_ORIGIN = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';

/** Extension pages run our bundled scripts only: no eval, no inline script, no plugins, no network in builds. */
const extensionPagesCsp = (command: string) =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    // WXT's dev server reloads pages over a local connection; builds talk to nothing.
    ...(command === 'build' ? ["connect-src 'none'"] : []),
  ].join('; ');

/**
 * Rewrites one statement of a dependency at build time and fails the build if it is not found exactly once, so a
 * dependency update cannot silently bring the code back.
 */
const rewrite = (name: string, file: RegExp, from: RegExp, to: string): Plugin => ({
  name,
  enforce: 'pre',
  transform(code, id) {
    if (!file.test(id.replaceAll('\\', '/'))) return null;
    const found = code.match(new RegExp(from.source, 'g'))?.length ?? 0;
    if (found !== 1) this.error(`${name}: expected the pattern once in ${id}, found it ${found} times`);
    return { code: code.replace(from, to), map: null };
  },
});

/**
 * Content scripts get the browser's own extension API instead of webextension-polyfill (2.4 KB gzip loaded into
 * every portal page): they use only runtime messages and storage events, which both browsers give with promises.
 * WXT's content-script wrapper imports `wxt/browser` (aliased to the polyfill); in content-script builds that import
 * resolves to the native object. Extension pages and the worker keep the polyfill (promise-returning listeners).
 */
const nativeBrowserInContentScripts = (): Plugin => {
  let contentScript = false;
  const virtualId = '\0carm-native-browser';
  return {
    name: 'content-scripts-native-browser',
    enforce: 'pre',
    options(input) {
      contentScript = JSON.stringify(input.input ?? '').includes('.content');
      return null;
    },
    resolveId(id) {
      if (contentScript && (id === '@wxt-dev/webextension-polyfill/browser' || id === 'wxt/browser')) {
        return virtualId;
      }
      return null;
    },
    load(id) {
      if (id !== virtualId) return null;
      return 'const g = globalThis; export const browser = g.browser?.runtime?.id ? g.browser : g.chrome;';
    },
  };
};

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser, manifestVersion, command }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel: Chrome's side panel for the full guide (Firefox's sidebar_action needs no permission).
    permissions: browser === 'firefox' ? ['storage', 'alarms'] : ['storage', 'alarms', 'sidePanel'],
    optional_permissions: ['notifications'],
    host_permissions: [`${PORTAL_ORIGIN}/*`],
    action: { default_title: '__MSG_extActionTitle__' },
    // The toolbar button keeps the popup (countdowns at a glance, and "Open the guide"); the side panel opens from
    // there, from the in-page bar and from this shortcut.
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+G' },
              description: '__MSG_cmdOpenGuide__',
            },
          }
        : {
            'open-guide': { suggested_key: { default: 'Alt+Shift+G' }, description: '__MSG_cmdOpenGuide__' },
          },
    content_security_policy:
      manifestVersion === 3
        ? { extension_pages: extensionPagesCsp(command) }
        : (extensionPagesCsp(command) as unknown as { extension_pages: string }),
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'carm-guide@carm-guide.invalid',
          // data_collection_permissions needs Firefox 140 (desktop) and 142 (Android).
          strict_min_version: '140.0',
          data_collection_permissions: { required: ['none'] },
        },
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
  vite: () => ({
    define: {
      // Where "Report this page" outlines go (README, "Where to send a page outline"); checked, empty when unset.
      __CARM_GUIDE_REPORT_TO__: JSON.stringify(checkReportTo(process.env.CARM_GUIDE_REPORT_TO)),
    },
    resolve: {
      alias: [
        // WXT's content-script context talks to the page (window.postMessage on start, a document event that stops
        // it): any page script could detect the extension and switch the guide off (issue 15, finding 1). Ours is
        // silent; see lib/content/quiet-context.ts.
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./lib/content/quiet-context.ts', import.meta.url)),
        },
      ],
    },
    plugins: [
      preact({ prefreshEnabled: false, devToolsEnabled: false }),
      nativeBrowserInContentScripts(),
      // zod's object JIT probes and uses `new Function` (DANGEROUS_EVAL in web-ext lint; refused by the CSP anyway);
      // the plain object parser gives the same results. Tree-shaking then drops the JIT and the probe.
      rewrite(
        'zod-no-jit',
        /\/node_modules\/zod\/v4\/classic\/schemas\.js$/,
        /core\.\$ZodObjectJIT\.init\(inst, def\)/,
        'core.$ZodObject.init(inst, def)',
      ),
      // Preact's dangerouslySetInnerHTML support (UNSAFE_VAR_ASSIGNMENT in web-ext lint); Biome forbids the prop in
      // our code, so the branch is dead: set text instead of markup if it is ever reached.
      rewrite(
        'preact-no-inner-html',
        /\/node_modules\/preact\/dist\/preact\.module\.js$/,
        /\.innerHTML=([\w$]+)\.__html/,
        '.textContent=$1.__html',
      ),
    ],
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['test/.cache/**', '.output/**', 'node_modules/**'],
  },
});
