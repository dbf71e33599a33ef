import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import {
  plainDynamicImports,
  popupInlineStyles,
  popupOneModule,
  popupOwnBuild,
} from './scripts/lib/popup-page';
import { privacyPage } from './scripts/lib/privacy-page';
import { resolveBuildEnvironment } from './utils/environments';

/** Public half of the signing key: it fixes the Chrome extension id (and so the OAuth redirect URL). */
const CHROME_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEApJMB1ZUtycUhpO0dkLHBgwt1a2Z+C3+dx1w4gvYPUyovhzPHwkRC6PJiHRlUfliJ2vmsLjW9PF33YbwOyZvYHb+j86pDyPUuqkh0PK9SO4LcgP4wiFd8U0F+IFQYw9TXGEwx6Qvi2rQtqEMGlp7Yll3DR8MLWpMPir+xYd/f143KEldGn1+Bo7sKknZfPX1hpIRQULe3LIdJDp9hQGG6WI7r1t/jqOrzkc6eOQIQsHapsJRSHioan0q7gK6u8zpkXgw3eWuTojxxAiXFA3RVfGTX3HxxljiR5ZT1OdnNK3oIRW2PDl60Df4xAOuxPzh+PB1dDXTVp40msINgYNWxBQIDAQAB';

/** The environment this build talks to: production unless `WXT_QF_*` variables say otherwise. */
const build = resolveBuildEnvironment(process.env);

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), plainDynamicImports(), popupInlineStyles()],
    define: { __QF_BUILD_ENVIRONMENT__: JSON.stringify(build.environment) },
    // Nothing preloaded by script: the popup's first paint is one file, and a lazy chunk's
    // imports are fetched as it imports them (see `plainDynamicImports`).
    build: { modulePreload: false },
  }),
  hooks: {
    // The popup opens on one module and no style sheet (scripts/lib/popup-page.ts).
    'entrypoints:grouped': (_wxt, groups) => popupOwnBuild(groups),
    // The privacy policy ships with the extension, rendered from docs/PRIVACY.md.
    'build:publicAssets': (_wxt, files) => {
      files.push({ relativeDest: 'privacy.html', contents: privacyPage() });
    },
    // Content scripts use the browser's own API (they only answer, with the listener's
    // sendResponse): the polyfill would more than double their size (budget: 5 KB gzipped).
    // So does the background: it runs only in Manifest V3 Chrome, whose APIs answer promises,
    // and in Firefox, whose `browser` is the polyfill's model; it talks to pages on ports, not
    // with `onMessage` answers, the one place the two differ. The polyfill was a quarter of
    // its 40 KB budget. Extension pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias;
      const own = (type: string) => type === 'content-script' || type === 'background';
      if (entrypoints.every((entry) => own(entry.type)) && alias) {
        if (!Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
      }
      popupOneModule(entrypoints, config);
    },
  },
  zip: {
    // Private keys, local settings and local output never go into the sources package.
    excludeSources: [
      '**/*.pem',
      '**/.env*',
      '.ci/**',
      'bench/results.json',
      'test-results/**',
      'tests/e2e/.tmp/**',
    ],
  },
  manifest: ({ browser, mode }) => {
    const env = resolveBuildEnvironment(process.env);
    // An e2e build holds the notifications permission from install: a test cannot answer the
    // browser's prompt, and it checks what the reminders show.
    const granted = mode === 'e2e' ? ['notifications'] : [];
    return {
      // In the reader's language: each locale's messages name and describe the extension.
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      permissions: ['storage', 'identity', 'contextMenus', 'alarms', ...granted],
      // The daily reminder's notifications: asked on the options page when the reader turns
      // the reminder on, never at install.
      optional_permissions: ['notifications'],
      host_permissions: env.hostPermissions,
      // The popup from the keyboard; Manifest V2 (Firefox) names the toolbar button differently.
      commands: {
        [browser === 'firefox' ? '_execute_browser_action' : '_execute_action']: {
          suggested_key: { default: 'Alt+Shift+Q' },
        },
      },
      ...(browser === 'firefox'
        ? {
            browser_specific_settings: {
              gecko: {
                id: 'quran-goals@quran-goals.app',
                // data_collection_permissions needs Firefox 140 (the ESR after 128, now ended)
                // and Firefox for Android 142.
                strict_min_version: '140.0',
                data_collection_permissions: { required: ['authenticationInfo'] },
              },
              gecko_android: { strict_min_version: '142.0' },
            },
          }
        : { key: CHROME_PUBLIC_KEY }),
    };
  },
});
