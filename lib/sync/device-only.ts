/**
 * What of this computer's storage.local stays on it, and why: everything but the person's
 * fields (lib/sync/person.ts PERSON_FIELDS, an allow-list, so a key added later stays here
 * until it is added there). Read by test/unit/sync/person.test.ts, which fails when a key is in
 * neither list; not imported by the extension (no bytes in the background).
 */
export const DEVICE_ONLY: Record<string, string> = {
  'settings.customHosts':
    'host permissions are granted per browser: the other computer has not granted them',
  robotGroups: 'webhook URLs and signing secrets are credentials: they never leave the computer',
  robotPrefs: "series defaults and reminder groups point at this computer's robot groups",
  robotDigestRuns: "this computer's digest posts",
  webdav: 'the connection is set up and tested on each computer (with its host permission)',
  webdavPassword: 'a secret: never in a document, a backup or an export',
  syncPrefs: 'whether this computer syncs, and whether it is paused',
  syncStatus: "this computer's last pass, its errors and conflicts",
  personSyncEdits: 'when each person field was changed here (lib/sync/person.ts): bookkeeping',
  live: "the running timer's state on this computer",
  'overlay:<site>': 'where the overlay sits on this screen',
  'dock:width': "the docked panel's width on this screen",
  'dock:<tab>': "a tab's dock token",
  reminderLastRunAt: "this computer's reminder runs",
  welcomedAt: 'the install mark',
  change: "the change feed's last message between this computer's views",
};
