import type { WebDavConnection } from '../webdav/connection';
import type { SyncPrefs, SyncStatus } from './status';

/** What the settings' 同步 block decides from the status, the choices and the connection. */

/** What the block shows: the background's state, or the user's choice before its first word. */
export function shownState(status: SyncStatus, prefs: SyncPrefs): SyncStatus['state'] {
  if (status.state !== 'off') return status.state;
  if (!prefs.enabled) return 'off';
  return prefs.paused ? 'paused' : 'idle';
}

/** 测试连接 passed for the server and user in the form now (lib/webdav/connection.ts `checked`). */
export function connectionChecked(c: WebDavConnection): boolean {
  return !!c.checked && c.checked.url === c.url && c.checked.user === c.user;
}

/** The shared folder as the user typed it: the server's address and the root folder. */
export function folderShown(c: WebDavConnection): string {
  const server = c.url.trim().replace(/\/+$/, '');
  const root = c.root.trim().replace(/^\/+|\/+$/g, '');
  return server ? `${server}/${root}/` : `${root}/`;
}

/** A long value's start, cut at `max` characters (whole code points) with an ellipsis. */
export function truncate(text: string, max: number): { text: string; cut: boolean } {
  const chars = [...text];
  return chars.length <= max
    ? { text, cut: false }
    : { text: `${chars.slice(0, max).join('')}…`, cut: true };
}
