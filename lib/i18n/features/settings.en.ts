/** English strings of the settings and welcome pages; keys start with 'settings.'/'welcome.'. */
export const settingsEn = {
  'settings.title': 'Minutes — settings',
  'settings.general': 'General',
  'settings.language': 'Language',
  'settings.language.auto': 'Follow the browser',
  'settings.departments': 'Departments',
  'settings.departments.hint': 'One per line; suggested wherever a department is typed.',
  'settings.overlay': 'Timer on meeting pages',
  'settings.overlay.hint': 'Show the timer overlay on these meeting sites while a meeting runs.',
  'settings.overlay.other': 'Other (your own sites, the demo page)',
  'settings.hosts': 'Your own meeting sites',
  'settings.hosts.hint':
    'A self-hosted Jitsi or your company’s meeting system: the browser asks for access to exactly that site.',
  'settings.hosts.add': 'Site address',
  'settings.hosts.addButton': 'Add site',
  'settings.hosts.remove': 'Remove {origin}',
  'settings.hosts.added': 'Added {origin}. The timer and the docked panel work there now.',
  'settings.hosts.denied': 'The browser did not grant access; the site was not added.',
  'settings.hosts.exists': 'That site is already in the list.',
  'settings.hosts.error.invalid': 'That is not a web address, e.g. meet.example.com.',
  'settings.hosts.error.notHttp': 'Only http and https sites can be added.',
  'settings.hosts.error.tooBroad': 'Give a full host name, e.g. meet.example.com.',
  'settings.data': 'Data',
  'settings.data.local':
    'Everything is stored in this browser on this computer. Nothing is sent anywhere.',
  'settings.data.usage': 'Storage used',
  'settings.data.persisted': 'Kept when the disk is full',
  'settings.data.persisted.yes': 'yes',
  'settings.data.persisted.no': 'not guaranteed',
  'settings.data.delete': 'Delete everything',
  'settings.data.deleteHint':
    'Deletes every meeting and action item in this browser. Make a backup first. Type “{word}” to confirm.',
  'settings.data.confirmWord': 'DELETE',
  'settings.data.confirmLabel': 'Type {word} to confirm',
  'settings.data.deleteButton': 'Delete everything',
  'settings.data.deleted': 'Everything was deleted.',
  'welcome.title': 'Welcome to Minutes Side Panel',
  'welcome.intro':
    'Minutes, agenda timer and action plan beside your web meeting (Tencent Meeting, Google Meet, Zoom, Teams, Feishu, DingTalk, Webex, Jitsi, Whereby).',
  'welcome.before': 'Before the meeting',
  'welcome.before.text':
    'One core goal, an agenda with planned minutes and owners, and the pre-notice to send 3 working days ahead.',
  'welcome.during': 'During the meeting',
  'welcome.during.text':
    'Sign-in, a per-topic timer that also shows on the meeting page, and each department’s viewpoints, disagreements, consensus and decisions — then who does what by when.',
  'welcome.after': 'After the meeting',
  'welcome.after.text':
    'Review, one-click export (Word, PDF, Excel, calendar, rich text for chat and OA), and follow-up of every action item until it is done.',
  'welcome.start': 'Start',
  'welcome.open':
    'Open the panel beside a meeting with the toolbar button or Alt+Shift+M. Or explore the template’s example meeting first.',
  'welcome.example': 'Open the example meeting',
  'welcome.settings': 'Settings',
  'welcome.shortcuts': 'Keyboard shortcuts',
  'welcome.key.panel': 'Open the minutes panel',
  'welcome.key.dock': 'Dock the panel beside the meeting page',
  'welcome.privacy':
    'Privacy: all data stays on this computer; the extension makes no network requests.',
} as const;
