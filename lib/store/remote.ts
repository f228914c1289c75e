/**
 * The meetings repository across a message channel. A panel docked into a meeting page is a
 * third-party frame there, and browsers that block third-party storage deny it IndexedDB; it
 * then talks to the background, which owns the same database first-party (`serveRepo`).
 * Records cross as JSON-safe values; errors keep their name, so a full disk is still reported as
 * QuotaExceededError by the autosave.
 */
import type { MeetingRepo } from './meetings';

export type MeetingStore = Pick<
  MeetingRepo,
  'list' | 'get' | 'findForPage' | 'create' | 'save' | 'remove' | 'restore' | 'damaged'
>;
type Method = keyof MeetingStore;
const METHODS: readonly Method[] = [
  'list',
  'get',
  'findForPage',
  'create',
  'save',
  'remove',
  'restore',
  'damaged',
];

export interface RepoCall {
  type: 'repo';
  method: Method;
  args: unknown[];
}
type Reply = { ok: true; value: unknown } | { ok: false; name: string; message: string };

export const isRepoCall = (m: unknown): m is RepoCall => {
  const c = m as Partial<RepoCall> | null;
  return c?.type === 'repo' && METHODS.includes(c.method as Method) && Array.isArray(c.args);
};

/** Background side: runs a call on the real repository. */
export async function serveRepo(repo: MeetingStore, call: RepoCall): Promise<Reply> {
  try {
    const fn = repo[call.method] as (...args: unknown[]) => Promise<unknown>;
    return { ok: true, value: await fn.apply(repo, call.args) };
  } catch (error) {
    const e = error as { name?: string; message?: string };
    return { ok: false, name: e?.name ?? 'Error', message: e?.message ?? String(error) };
  }
}

/** Frame side: the same interface, every call sent to the background. */
export function remoteRepo(send: (call: RepoCall) => Promise<unknown>): MeetingStore {
  const call = async (method: Method, ...args: unknown[]) => {
    const reply = (await send({ type: 'repo', method, args })) as Reply | undefined;
    if (!reply) throw new Error('no reply from the background');
    if (!reply.ok) throw Object.assign(new Error(reply.message), { name: reply.name });
    return reply.value;
  };
  const store = {} as Record<Method, (...args: unknown[]) => Promise<unknown>>;
  for (const method of METHODS) store[method] = (...args) => call(method, ...args);
  return store as unknown as MeetingStore;
}
