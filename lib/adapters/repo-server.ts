/**
 * Adapter (background): serves the repositories to panel frames that cannot open IndexedDB
 * themselves (a docked panel in a browser that blocks third-party storage).
 */
import { browser } from 'wxt/browser';
import { ActionItemRepo } from '../store/action-items';
import { openMinutesDB } from '../store/db';
import { MeetingRepo } from '../store/meetings';
import { isRepoCall, serveRepo, type Stores } from '../store/remote';

export function wireRepoServer(): void {
  let stores: Promise<Stores> | null = null;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRepoCall(message)) return undefined;
    stores ??= openMinutesDB().then((db) => ({
      meetings: new MeetingRepo(db),
      items: new ActionItemRepo(db),
    }));
    return stores.then((s) => serveRepo(s, message));
  });
}
