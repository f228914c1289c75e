/**
 * Adapter (background): serves the repositories to panel frames that cannot open IndexedDB
 * themselves (a docked panel in a browser that blocks third-party storage), and to no one else:
 * a meeting page's content script gets a refusal (lib/store/remote.ts, `answerRepoCall`).
 */
import { browser } from 'wxt/browser';
import { ActionItemRepo } from '../store/action-items';
import { openMinutesDB } from '../store/db';
import { MeetingRepo } from '../store/meetings';
import { answerRepoCall, type Stores } from '../store/remote';

let stores: Promise<Stores> | null = null;

/** The background's repositories, opened on first use and shared (the timer writer uses them). */
export const backgroundStores = (): Promise<Stores> =>
  (stores ??= openMinutesDB().then((db) => ({
    meetings: new MeetingRepo(db),
    items: new ActionItemRepo(db),
  })));

export function wireRepoServer(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender) =>
    answerRepoCall(message, sender, browser.runtime.id, backgroundStores),
  );
}
