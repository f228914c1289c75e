import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { StoreName } from './idb';
import { readRecords } from './idb';
import {
  closeSession,
  killBrowser,
  launch,
  newProfile,
  removeProfile,
  type Session,
} from './harness';
import type { WebDavServer } from '../helpers/webdav-server';
import type { SyncStatus } from '../../lib/sync/status';

/**
 * Two computers syncing through one real WebDAV server (test/helpers/webdav-server.ts: rclone
 * behind the fault proxy), each a Chromium profile with the built extension, connected the way a
 * user does it: the settings' shared folder, "Test connection", then sync turned on. The tests
 * then write as the views do (the repositories through the background, announced on the change
 * feed, lib/store/announce.ts), send the settings' sync commands, and read both databases and
 * the server's folder.
 */
export const ROOT = '纪要归档';
const KINDS = { meetings: 'meeting', actionItems: 'actionItem' } as const;
type Store = Extract<StoreName, 'meetings' | 'actionItems'>;
type Obj = Record<string, unknown>;

export interface Computer {
  session: Session;
  /** The settings page, open on the 同步 block. */
  settings: Page;
}

/** A string expression: the extension page's CSP forbids eval, CDP's evaluate does not. */
const run = <T>(page: Page, body: string, args: unknown): Promise<T> =>
  page.evaluate(`(${body})(${JSON.stringify(args)})`) as Promise<T>;

/**
 * Opens the settings of `session` and connects it to the shared folder as a user does: the
 * server, user, app password and root, "Test connection", then sync turned on (its first pass
 * starts). The settings page, left open.
 */
export async function connect(session: Session, s: WebDavServer): Promise<Page> {
  const settings = await session.context.newPage();
  await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
  await settings.getByLabel('Server address').fill(s.url);
  await settings.getByLabel('User', { exact: true }).fill(s.user);
  await settings.getByLabel('App password').fill(s.pass);
  await settings.getByLabel('Root folder').fill(ROOT);
  await settings.getByLabel(/connect over plain HTTP/).check();
  await settings.getByRole('button', { name: 'Test connection' }).click();
  await settings.getByText(/^Connection works/).waitFor({ timeout: 30_000 });
  await settings.getByRole('button', { name: 'Turn on sync on this computer' }).click();
  await settings.getByText(/^Last sync$/).waitFor({ timeout: 30_000 });
  return settings;
}

export function syncPair(server: () => WebDavServer) {
  const profiles: string[] = [];
  const sessions = new Set<Session>();

  const open = async (profile: string): Promise<Session> => {
    const session = await launch(profile);
    session.allowed.add(server().origin);
    sessions.add(session);
    return session;
  };

  return {
    /** A fresh profile, connected, sync on (its first pass has run). */
    async computer(): Promise<Computer> {
      const profile = newProfile();
      profiles.push(profile);
      const session = await open(profile);
      return { session, settings: await connect(session, server()) };
    },
    /** SIGKILLs the browser of `c`, as a crash or a power cut would. */
    async kill(c: Computer): Promise<void> {
      const closed = c.session.context.waitForEvent('close');
      killBrowser(c.session.profile);
      await closed;
      sessions.delete(c.session);
      await closeSession(c.session);
    },
    /** Starts the profile of `c` again (sync stays on there) and opens its settings. */
    async restart(c: Computer): Promise<Computer> {
      const session = await open(c.session.profile);
      const settings = await session.context.newPage();
      await settings.goto(`chrome-extension://${session.extensionId}/options.html`);
      return { session, settings };
    },
    /** Closes every browser (failing on any request it should not have made). */
    async close() {
      for (const s of sessions) await closeSession(s);
      sessions.clear();
      profiles.splice(0).forEach(removeProfile);
    },
  };
}

/** A sync command as the settings send it (lib/adapters/sync-client.ts); resolves after it ran. */
export const command = (page: Page, name: string, extra: Obj = {}) =>
  run(page, `(m) => chrome.runtime.sendMessage(m)`, { type: 'sync', command: name, ...extra });

/** The status the background wrote (lib/sync/status.ts). */
export const syncStatus = (page: Page) =>
  run<SyncStatus>(
    page,
    `() => chrome.storage.local.get('syncStatus').then((r) => r.syncStatus)`,
    0,
  );

/**
 * A repository call through the background, as a view makes it (lib/store/remote.ts), and the
 * change announced as the view's wrapper announces it (lib/store/announce.ts): the background
 * syncs ~2 s after the last one.
 */
const REPO = `async ({ repo, method, args, store, announce }) => {
  const reply = await chrome.runtime.sendMessage({ type: 'repo', repo, method, args });
  if (!reply || !reply.ok) throw new Error(method + ': ' + (reply ? reply.message : 'no reply'));
  const v = reply.value;
  const id = v && v.saved ? v.saved.id : v && v.id ? v.id : args[0];
  const rev = v && v.saved ? v.saved.rev : v && v.rev;
  const message = announce === 'removed' ? { kind: 'removed', store, id } : { kind: 'saved', store, id, rev };
  await chrome.storage.local.set({ change: { ...message, from: 'e2e-view', nonce: Math.random() } });
  await chrome.storage.local.remove('change');
  return v;
}`;
const repoOf = (store: Store) => (store === 'meetings' ? 'meetings' : 'items');

/** Creates a record as a view does. */
export const create = (page: Page, store: Store, record: Obj) =>
  run<Obj>(page, REPO, { repo: repoOf(store), method: 'create', args: [record], store });

/** Reads the record, changes `patch` and saves it, as an editor's save does (merged if it moved). */
export async function edit(page: Page, store: Store, id: string, patch: Obj): Promise<Obj> {
  const got = await run<Obj | null>(
    page,
    `({ repo, id }) => chrome.runtime.sendMessage({ type: 'repo', repo, method: 'get', args: [id] })
      .then((r) => r.value)`,
    { repo: repoOf(store), id },
  );
  if (!got || !('rev' in got)) throw new Error(`${store} ${id} is not stored here`);
  const args = [got, { ...got, ...patch }];
  return run<Obj>(page, REPO, { repo: repoOf(store), method: 'save', args, store });
}

/** Moves a record to the trash, as the views' delete does. */
export const remove = (page: Page, store: Store, id: string) =>
  run(page, REPO, {
    repo: repoOf(store),
    method: 'remove',
    args: [id],
    store,
    announce: 'removed',
  });

/** A record as it syncs: without this computer's revision and integrity seal (lib/sync/records.ts). */
const body = ({ rev: _rev, seal: _seal, ...rest }: Obj): Obj => rest;

/** Every record of `store` on a computer, by id, as it syncs. */
export async function records(c: Computer, store: Store): Promise<Map<string, Obj>> {
  const all = await readRecords<Obj[]>(c.settings, store);
  return new Map(all.map((r) => [r.id as string, body(r)]));
}

/** One record on a computer, as it syncs, or null. */
export async function record(c: Computer, store: Store, id: string): Promise<Obj | null> {
  const got = await readRecords<Obj | undefined>(c.settings, store, id);
  return got ? body(got) : null;
}

export type ServerDoc = { deleted: boolean; body: Obj | null } | 'damaged';

/** The documents of a kind in the shared folder, as the server's disk holds them. */
export function serverDocs(server: WebDavServer, store: Store): Map<string, ServerDoc> {
  const dir = join(server.dir, ROOT, '.minutes-sync', KINDS[store]);
  const docs = new Map<string, ServerDoc>();
  if (!existsSync(dir)) return docs;
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    try {
      const doc = JSON.parse(readFileSync(join(dir, name), 'utf8')) as ServerDoc;
      docs.set(name.slice(0, -'.json'.length), doc);
    } catch {
      docs.set(name.slice(0, -'.json'.length), 'damaged');
    }
  }
  return docs;
}

/** One document's body on the server (null: none, a tombstone, or not whole). */
export function onServer(server: WebDavServer, store: Store, id: string): Obj | null {
  const doc = serverDocs(server, store).get(id);
  return doc && doc !== 'damaged' && !doc.deleted ? doc.body : null;
}

/**
 * Syncs both until neither has anything to send, then checks every record: the same on both
 * computers and on the server, nothing else stored on either, every tombstone gone from both.
 */
export async function expectConverged(server: WebDavServer, a: Computer, b: Computer) {
  for (const c of [a, b, a, b]) await command(c.settings, 'now');
  // A pass the change feed started meanwhile (a conflict's choice is saved as an edit) ends too.
  for (const c of [a, b])
    await expect
      .poll(() => syncStatus(c.settings), { timeout: 30_000, interval: 200 })
      .toMatchObject({ state: 'idle', pending: 0, error: null });
  for (const store of ['meetings', 'actionItems'] as const) {
    const [onA, onB] = [await records(a, store), await records(b, store)];
    const docs = serverDocs(server, store);
    expect([...onB.keys()].sort()).toEqual([...onA.keys()].sort());
    const live = [...docs].filter(([, d]) => d !== 'damaged' && !d.deleted).map(([id]) => id);
    expect(live.sort()).toEqual([...onA.keys()].sort());
    for (const [id, r] of onA) {
      expect(onB.get(id), `${store} ${id} on B`).toEqual(r);
      expect((docs.get(id) as { body: Obj }).body, `${store} ${id} on the server`).toEqual(r);
    }
  }
}
