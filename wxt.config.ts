import { defineConfig } from 'wxt';

// Manifest and build settings. Permissions are the ones a feature needs:
// storage (session page context), alarms (badge recount), notifications
// (due reminders), sidePanel (the sidebar), contextMenus ("Save this page
// to Rapport"), activeTab + scripting (read that page's title and description,
// only on that click), and optional hosts, asked for one site at a time when
// the user imports a feed from it.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  imports: false,
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description:
      'Helpful follow-up for Gmail and LinkedIn: learn what each contact wants, send what helps.',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      'contextMenus',
      'activeTab',
      'scripting',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    optional_host_permissions: ['https://*/*', 'http://*/*'],
    action: { default_title: 'Open Rapport' },
    commands: {
      'open-sidebar': {
        suggested_key: { default: 'Alt+Shift+R' },
        description: 'Open the Rapport sidebar',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'rapport@rapport.invalid',
              strict_min_version: '128.0',
              // Firefox asks new add-ons to declare what they collect: Rapport sends nothing anywhere.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    // Dexie's String.fromCharCode(65535) is minified to a raw U+FFFF, which
    // makes Chrome reject the whole extension as "not UTF-8" (TOOLCHAIN.md).
    build: { rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
