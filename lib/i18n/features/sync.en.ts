/**
 * English strings of sync between computers (the settings' 同步 block), part of the shared
 * folder's catalogue (webdav.en.ts spreads them), so they load with it and not at start-up.
 */
export const syncEn = {
  'sync.heading': 'Sync between computers',
  'sync.off.what':
    'Keeps the meetings and action items (with their history), the approved versions and your own settings (language, departments, alerts, export and reminder choices) the same on each computer you turn sync on.',
  'sync.off.where':
    'They are kept as files in the shared folder {folder}, read by your other computers. Nothing else leaves this computer: not the connection or its password, not the group robots, not the meeting sites you added.',
  'sync.enable': 'Turn on sync on this computer',
  'sync.needTest': 'Set up the shared folder above and run “Test connection” first.',
  'sync.needRetest':
    'The server or user changed since the last “Test connection”. Run it again first.',
  'sync.state': 'State',
  'sync.state.off': 'Off',
  'sync.state.idle': 'Idle',
  'sync.state.syncing': 'Syncing…',
  'sync.state.paused': 'Paused',
  'sync.state.error': 'Error',
  'sync.announce': 'Sync: {state}',
  'sync.lastSync': 'Last sync',
  'sync.never': 'Not yet',
  'sync.when': '{relative} ({absolute})',
  'sync.pending': 'Waiting to upload',
  'sync.pending.count': '{count} records',
  'sync.lastPass': 'Last pass',
  'sync.lastPass.counts': 'sent {pushed}, received {pulled}, merged {merged}',
  'sync.lastPass.damaged': '; damaged files ignored, nothing imported from them: {damaged}',
  'sync.now': 'Sync now',
  'sync.pause': 'Pause',
  'sync.resume': 'Resume',
  'sync.disconnect': 'Disconnect sync',
  'sync.disconnect.confirm':
    'This computer stops syncing. The data on this computer and the files in the shared folder are both kept; you can turn sync on again later.',
  'sync.disconnect.yes': 'Disconnect',
  'sync.disconnect.no': 'Cancel',
  'sync.failed': 'That did not work: {message}',
  'sync.error.auth':
    'The server refused the user or app password{status}. Check them above and run “Test connection”.',
  'sync.error.storage':
    'The shared folder is full (507). Free some space or enlarge it; sync continues after that, nothing is lost.',
  'sync.error.timeout': 'The server did not answer in time. Sync will retry; nothing is lost.',
  'sync.error.network': 'The server could not be reached. Sync will retry; nothing is lost.',
  'sync.error.server': 'The server had an error{status}. Sync will retry; nothing is lost.',
  'sync.error.permission':
    'Permission to reach the server is missing. Run “Test connection” above to grant it again.',
  'sync.error.connection':
    'The shared folder’s settings are incomplete. Fill in the server, user and app password above.',
  'sync.error.status': ' ({status})',
  'sync.error.at': 'Since {when}.',
  'sync.conflicts.heading': 'Both computers changed the same thing',
  'sync.conflicts.hint':
    'Sync kept one of the two values for now; the other is here too. Choose which one to keep.',
  'sync.conflict.meeting': 'Meeting',
  'sync.conflict.actionItem': 'Action item',
  'sync.conflict.history': 'Meeting history',
  'sync.conflict.person': 'Settings',
  'sync.conflict.untitled': '(untitled)',
  'sync.conflict.local': 'This computer',
  'sync.conflict.remote': 'Other computer',
  'sync.conflict.kept': 'Kept now',
  'sync.conflict.empty': '(empty)',
  'sync.conflict.more': 'Show all',
  'sync.conflict.less': 'Show less',
  'sync.conflict.keepLocal': 'Keep this computer’s',
  'sync.conflict.keepRemote': 'Keep the other computer’s',
  'sync.conflict.keepLabel': '{choice}: {field} of “{title}”',
} as const;
