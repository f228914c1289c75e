/**
 * Adapter (background): serves the meetings repository to panel frames that cannot open
 * IndexedDB themselves (a docked panel in a browser that blocks third-party storage).
 */
import { browser } from 'wxt/browser';
import { openMinutesDB } from '../store/db';
import { MeetingRepo } from '../store/meetings';
import { isRepoCall, serveRepo } from '../store/remote';

export function wireRepoServer(): void {
  let repo: Promise<MeetingRepo> | null = null;
  browser.runtime.onMessage.addListener((message: unknown) => {
    if (!isRepoCall(message)) return undefined;
    repo ??= openMinutesDB().then((db) => new MeetingRepo(db));
    return repo.then((r) => serveRepo(r, message));
  });
}
