import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { ALL_MATCH_PATTERNS } from './lib/platforms';
import { COMMAND_KEYS } from './lib/shortcuts';
import { DEMO_MATCHES } from './lib/timer/demo';

/**
 * Meeting pages: the platforms' own patterns; the demo build (`--mode demo`: `npm start`, the
 * end-to-end tests, the bench) adds the bundled demo page on loopback. The store packages
 * (`npm run build`, `npm run zip`) do not: no user's extension should run on, or expose the
 * panel page to, http://127.0.0.1.
 */
const meetingMatches = (demo: boolean) =>
  demo ? [...DEMO_MATCHES, ...ALL_MATCH_PATTERNS] : [...ALL_MATCH_PATTERNS];
/** Chrome wants web-accessible-resource patterns with the path `/*`: the meeting sites' origins. */
const originsOf = (matches: string[]) => [
  ...new Set(matches.map((p) => p.replace(/^([^:]+:\/\/[^/]+)\/.*$/, '$1/*'))),
];

// The manifest is pinned by test/build/manifest.test.ts: widening permissions must be a conscious change.
export default defineConfig({
  // WXT_OUT_DIR lets parallel builds (several worktrees of tests) not overwrite each other.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  // The Firefox sources zip is for reviewers rebuilding the extension: screenshots and bench
  // results are not needed for that.
  zip: { excludeSources: ['docs/**', 'bench-results/**', 'demo-*.png'] },
  vite: () => ({ plugins: [preact()] }),
  hooks: {
    'build:manifestGenerated': (_wxt, manifest) => {
      // WXT takes the sidebar's title from the page's <title>; the manifest wants it localised.
      const sidebar = (manifest as { sidebar_action?: { default_title?: string } }).sidebar_action;
      if (sidebar) sidebar.default_title = '__MSG_extName__';
    },
  },
  manifest: ({ browser, mode }) => ({
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // sidePanel is Chrome-only; Firefox gets sidebar_action from the sidepanel entrypoint.
    // unlimitedStorage keeps the minutes when the disk fills up, without asking anyone: Chrome
    // exempts the extension's storage from eviction, Firefox grants it persistent storage at
    // install. (navigator.storage.persist() does neither quietly: Firefox shows a prompt on any
    // extension page in a tab, Chromium answers false for a new profile.) Neither browser shows
    // a warning for it at install.
    permissions:
      browser === 'firefox'
        ? ['storage', 'unlimitedStorage', 'alarms', 'scripting']
        : ['storage', 'unlimitedStorage', 'alarms', 'scripting', 'sidePanel'],
    // Asked for only when used: notifications when turned on, a host when the user adds their
    // own meeting site in the settings (exactly that origin; never <all_urls> at install).
    ...(browser === 'firefox'
      ? { optional_permissions: ['notifications', 'https://*/*', 'http://*/*'] }
      : {
          optional_permissions: ['notifications'],
          optional_host_permissions: ['https://*/*', 'http://*/*'],
        }),
    // The demo build only (end-to-end tests): loopback at install, for the tests' WebDAV server.
    // Automation cannot answer Chrome's permission prompt (microsoft/playwright#32755), and an
    // origin already granted makes the settings' permissions.request answer true without one.
    ...(browser !== 'firefox' && mode === 'demo'
      ? { host_permissions: ['http://127.0.0.1/*'] }
      : {}),
    action: { default_title: '__MSG_actionTitle__' },
    content_scripts: [
      { matches: meetingMatches(mode === 'demo'), js: ['overlay.js'], run_at: 'document_idle' },
    ],
    // The docked panel is the panel page in an iframe on meeting pages; nothing else is exposed.
    // Firefox MV2 cannot limit it to sites: there the panel itself refuses to work in any frame
    // but our own dock (lib/adapters/dock-frame.ts), which is what protects Chrome's too.
    web_accessible_resources:
      browser === 'firefox'
        ? ['sidepanel.html']
        : [
            {
              resources: ['sidepanel.html'],
              matches: originsOf(meetingMatches(mode === 'demo')),
              use_dynamic_url: true,
            },
          ],
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: COMMAND_KEYS.panel },
              description: '__MSG_commandOpenPanel__',
            },
            'toggle-dock': {
              suggested_key: { default: COMMAND_KEYS.dock },
              description: '__MSG_commandToggleDock__',
            },
          }
        : {
            // With openPanelOnActionClick, the action's shortcut opens the side panel.
            _execute_action: {
              suggested_key: { default: COMMAND_KEYS.panel },
              description: '__MSG_commandOpenPanel__',
            },
            'toggle-dock': {
              suggested_key: { default: COMMAND_KEYS.dock },
              description: '__MSG_commandToggleDock__',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'minutes-side-panel@minutes.local',
              // 140 (ESR): the first with data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
