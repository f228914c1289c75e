import { merge3 } from '../merge';
import { DavError, type DavClient } from '../webdav/client';
import {
  decodeDoc,
  docHash,
  docPath,
  encodeDoc,
  SYNC_FOLDER,
  type Digest,
  type SyncKind,
} from './document';
import { fieldConflicts, planSync, type BaseEntry, type FieldConflict } from './plan';

/**
 * One sync pass of one kind of record against the shared folder: list the documents (one
 * PROPFIND), plan (lib/sync/plan.ts), then push, pull and merge only what changed. Every write is
 * conditional (If-Match the ETag read, If-None-Match: * for a new one): a computer that wrote in
 * between makes it fail with 412, counted as `raced` and settled by the next pass, never
 * overwritten. A document that fails its hash is `damaged`: never imported, its base kept (and
 * replaced by this computer's own edit of the record, if it has one: see `read`'s use below).
 */
export interface SyncDeps {
  client: DavClient;
  root: readonly string[];
  kind: SyncKind;
  digest: Digest;
  /** This computer's records of this kind (a deleted one: null, its tombstone). */
  local: ReadonlyMap<string, unknown>;
  /** The last synced state, changed in place as documents travel. */
  base: Map<string, BaseEntry>;
  /**
   * Imports a pulled or merged record (null: delete it here). `false`: it could not be (a newer
   * version's record): counted as damaged and left, neither its base taken nor anything sent.
   * `'moved'`: the record was saved here since `local` was read, so nothing was written over
   * that edit: counted as raced, the base left as it was (the next pass merges the edit with the
   * same remote change) and nothing sent.
   */
  apply: (id: string, body: unknown) => Promise<void | false | 'moved'>;
  /** The local records' document hashes when the caller has them already (else computed). */
  hashes?: ReadonlyMap<string, string>;
  /** Called every CHECKPOINT documents: the caller keeps the base so far (a stopped worker). */
  checkpoint?: () => Promise<void>;
  /** The base's content when `base` entries come without it (read only for a merge). */
  baseBody?: (id: string) => Promise<unknown>;
  /** How both sides' edits come together (default lib/merge.ts merge3). */
  merge?: (base: unknown, local: unknown, remote: unknown) => unknown;
  /** The fields both sides changed (default lib/sync/plan.ts fieldConflicts). */
  conflicts?: (base: unknown, local: unknown, remote: unknown) => FieldConflict[];
}

export interface SyncReport {
  pushed: string[];
  pulled: string[];
  merged: string[];
  raced: string[];
  damaged: string[];
  conflicts: { id: string; fields: FieldConflict[] }[];
  bytesSent: number;
}

const idOf = (path: string) =>
  decodeURIComponent(path.split('/').filter(Boolean).at(-1) ?? '').replace(/\.json$/, '');

/** How many documents a pass handles between two checkpoints. */
export const CHECKPOINT = 100;

export async function syncKind(d: SyncDeps): Promise<SyncReport> {
  const report: SyncReport = {
    pushed: [],
    pulled: [],
    merged: [],
    raced: [],
    damaged: [],
    conflicts: [],
    bytesSent: 0,
  };
  const folder = [...d.root, SYNC_FOLDER, d.kind];
  await d.client.ensureFolder(folder);
  const remote = new Map(
    (await d.client.list(folder))
      .filter((e) => !e.collection && e.path.endsWith('.json') && e.etag)
      .map((e) => [idOf(e.path), e.etag!]),
  );
  const hashes = new Map<string, string>(d.hashes);
  for (const [id, body] of d.local)
    if (!hashes.has(id)) hashes.set(id, await docHash(d.digest, d.kind, id, body));

  const push = async (id: string, body: unknown, ifMatch: string | null) => {
    const { text, hash } = await encodeDoc(d.digest, d.kind, id, body);
    const bytes = new TextEncoder().encode(text);
    const condition = ifMatch ? { ifMatch } : { ifNoneMatch: true as const };
    const { etag } = await d.client.put(docPath(d.root, d.kind, id), bytes, condition);
    report.bytesSent += bytes.byteLength;
    // A server that answers a PUT without an ETag: the next pass pulls it once and settles.
    d.base.set(id, { hash, etag: etag ?? '', body });
  };
  /** The document, or why not: `cut` when it is not whole (its hash, or not even JSON). */
  const read = async (id: string) => {
    const { bytes, etag } = await d.client.get(docPath(d.root, d.kind, id));
    const decoded = await decodeDoc(d.digest, new TextDecoder().decode(bytes));
    if (decoded.ok && decoded.doc.id === id && decoded.doc.kind === d.kind)
      return { doc: decoded.doc, etag };
    return { doc: null, etag, cut: !decoded.ok && decoded.reason !== 'format' };
  };

  let done = 0;
  for (const step of planSync(hashes, d.base, remote)) {
    if (++done % CHECKPOINT === 0) await d.checkpoint?.();
    try {
      if (step.op === 'push') {
        await push(step.id, d.local.get(step.id) ?? null, step.ifMatch);
        report.pushed.push(step.id);
        continue;
      }
      const got = await read(step.id);
      if (!got.doc) {
        report.damaged.push(step.id);
        // A file cut off half-way (an upload whose browser died, on a server that does not
        // write atomically) is never imported. Whoever wrote it still has that edit unsent; a
        // computer with its own edit of the record writes it over the broken file (If-Match
        // its ETag), so the record does not stay stuck; the writer's next pass merges its edit
        // onto this one. A whole document of a newer format is left as it is.
        if (step.op === 'merge' && got.cut) {
          await push(step.id, d.local.get(step.id) ?? null, got.etag ?? step.ifMatch);
          report.pushed.push(step.id);
        }
        continue;
      }
      const remoteBody = got.doc.deleted ? null : got.doc.body;
      if (step.op === 'pull') {
        const applied = await d.apply(step.id, remoteBody);
        if (applied === 'moved') {
          report.raced.push(step.id);
          continue;
        }
        if (applied === false) {
          report.damaged.push(step.id);
          continue;
        }
        d.base.set(step.id, {
          hash: got.doc.hash,
          etag: got.etag ?? remote.get(step.id)!,
          body: remoteBody,
        });
        report.pulled.push(step.id);
        continue;
      }
      const entry = d.base.get(step.id);
      const baseBody =
        (entry && 'body' in entry ? entry.body : await d.baseBody?.(step.id)) ?? null;
      const localBody = d.local.get(step.id) ?? null;
      const settle = (body: unknown) =>
        d.base.set(step.id, { hash: got.doc.hash, etag: got.etag ?? step.ifMatch, body });
      // The same content on both (a second computer's first pass over the same records): only
      // the base is new, nothing travels.
      if (got.doc.hash === hashes.get(step.id)) {
        settle(remoteBody);
        continue;
      }
      // A deletion against an edit: the edit wins (nothing typed is lost); the record comes back.
      const merged =
        localBody === null
          ? remoteBody
          : remoteBody === null
            ? localBody
            : (d.merge ?? merge3)(baseBody, localBody, remoteBody);
      const fields =
        localBody && remoteBody
          ? (d.conflicts ?? fieldConflicts)(baseBody, localBody, remoteBody)
          : [];
      if (fields.length) report.conflicts.push({ id: step.id, fields });
      const applied = await d.apply(step.id, merged);
      if (applied === 'moved') {
        report.raced.push(step.id);
        continue;
      }
      if (applied === false) {
        report.damaged.push(step.id);
        continue;
      }
      // What is stored here now holds the other computer's version: it is the base from here
      // on, even when the upload below races or fails. (Kept as it was, the next pass would
      // take the other computer's changes for this one's and undo its newer edits.)
      settle(remoteBody);
      // What the other computer wrote already holds everything: taken as pulled, not sent back.
      if ((await docHash(d.digest, d.kind, step.id, merged)) === got.doc.hash) {
        report.pulled.push(step.id);
        continue;
      }
      await push(step.id, merged, got.etag ?? step.ifMatch);
      report.merged.push(step.id);
    } catch (e) {
      if (e instanceof DavError && e.kind === 'precondition') report.raced.push(step.id);
      else throw e;
    }
  }
  return report;
}
