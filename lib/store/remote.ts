/**
 * The repositories across a message channel. A panel docked into a meeting page is a
 * third-party frame there, and browsers that block third-party storage deny it IndexedDB; it
 * then talks to the background, which owns the same database first-party (`serveRepo`).
 * Records cross as JSON-safe values; errors keep their name, so a full disk is still reported as
 * QuotaExceededError by the autosave.
 */
import { mayAsk, type SenderLike } from '../sender';
import type { ActionItemRepo } from './action-items';
import type { MeetingRepo } from './meetings';

export const MEETING_METHODS = [
  'list',
  'groups',
  'groupRows',
  'facets',
  'repairSummaries',
  'get',
  'open',
  'check',
  'getMany',
  'restoreMany',
  'findForPage',
  'create',
  'save',
  'remove',
  'restore',
  'damaged',
  'search',
] as const;
export const ITEM_METHODS = [
  'listAll',
  'listByMeeting',
  'page',
  'count',
  'ids',
  'facets',
  'prepareWords',
  'itemCounts',
  'get',
  'getMany',
  'restoreMany',
  'create',
  'save',
  'remove',
  'restore',
  'damaged',
] as const;

export type MeetingStore = Pick<MeetingRepo, (typeof MEETING_METHODS)[number]>;
export type ItemStore = Pick<ActionItemRepo, (typeof ITEM_METHODS)[number]>;
export interface Stores {
  meetings: MeetingStore;
  items: ItemStore;
}
type RepoName = keyof Stores;
const METHODS: Record<RepoName, readonly string[]> = {
  meetings: MEETING_METHODS,
  items: ITEM_METHODS,
};

export interface RepoCall {
  type: 'repo';
  repo: RepoName;
  method: string;
  args: unknown[];
}
type Reply = { ok: true; value: unknown } | { ok: false; name: string; message: string };

export const isRepoCall = (m: unknown): m is RepoCall => {
  const c = m as Partial<RepoCall> | null;
  return (
    c?.type === 'repo' &&
    (c.repo === 'meetings' || c.repo === 'items') &&
    METHODS[c.repo].includes(c.method as string) &&
    Array.isArray(c.args)
  );
};

/** Background side: runs a call on the real repository. */
export async function serveRepo(stores: Stores, call: RepoCall): Promise<Reply> {
  try {
    const repo = stores[call.repo] as unknown as Record<
      string,
      (...a: unknown[]) => Promise<unknown>
    >;
    return { ok: true, value: await repo[call.method]!.apply(repo, call.args) };
  } catch (error) {
    const e = error as { name?: string; message?: string };
    return { ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(error) };
  }
}

/**
 * The background's answer to a message: undefined when it is not a repository call (another
 * listener's), a refusal when it does not come from one of our extension pages (the meeting
 * page's content script may not read or change the minutes, lib/sender.ts), else the call's
 * result. The docked panel is an extension page in a frame, so it is served.
 */
export function answerRepoCall(
  message: unknown,
  sender: SenderLike,
  extensionId: string,
  stores: () => Promise<Stores>,
): Promise<Reply> | undefined {
  if (!isRepoCall(message)) return undefined;
  if (!mayAsk('repo', sender, extensionId)) {
    return Promise.resolve({
      ok: false,
      name: 'SecurityError',
      message: 'the repositories answer extension pages only',
    });
  }
  return stores().then((s) => serveRepo(s, message));
}

/** Frame side: the same interfaces, every call sent to the background. */
export function remoteStores(send: (call: RepoCall) => Promise<unknown>): Stores {
  const make = (repo: RepoName) => {
    const store: Record<string, (...args: unknown[]) => Promise<unknown>> = {};
    for (const method of METHODS[repo]) {
      store[method] = async (...args) => {
        const reply = (await send({ type: 'repo', repo, method, args })) as Reply | undefined;
        if (!reply) throw new Error('no reply from the background');
        if (!reply.ok) throw Object.assign(new Error(reply.message), { name: reply.name });
        return reply.value;
      };
    }
    return store;
  };
  return {
    meetings: make('meetings') as unknown as MeetingStore,
    items: make('items') as unknown as ItemStore,
  };
}
