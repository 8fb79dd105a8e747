import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export const PORTAL_ORIGIN = 'https://ccp-pcc.cbsa-asfc.cloud-nuage.canada.ca';

// https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'alarms'],
    optional_permissions: ['notifications'],
    host_permissions: [`${PORTAL_ORIGIN}/*`],
    action: { default_title: '__MSG_extActionTitle__' },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'carm-guide@carm-guide.invalid',
          strict_min_version: '128.0',
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
  vite: () => ({
    plugins: [preact({ prefreshEnabled: false, devToolsEnabled: false })],
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    excludeSources: ['test/.cache/**', '.output/**', 'node_modules/**'],
  },
});
