/**
 * One synced record as a document in the shared folder (`<root>/.minutes-sync/<kind>/<id>.json`):
 * the record, or a tombstone when it was deleted (a deletion travels like an edit), with a hash
 * of its content. A half-written or damaged file fails the hash (or does not parse) and is
 * reported as such, never imported. Pure: the digest (SHA-256, crypto.subtle) is passed in.
 */
export const SYNC_FOLDER = '.minutes-sync';
/**
 * The person's settings (one document: lib/sync/person.ts) first, so a pass that cannot reach
 * the folder has still seen when they changed here; then meetings and action items (one
 * document per record) and each meeting's history (its versions, sent marks and plan versions:
 * lib/sync/history.ts), after its meeting.
 */
export const SYNC_KINDS = ['person', 'meeting', 'actionItem', 'history'] as const;
export type SyncKind = (typeof SYNC_KINDS)[number];
export type Digest = (text: string) => Promise<string>;

export interface SyncDoc {
  format: 1;
  kind: SyncKind;
  id: string;
  /** A tombstone: the record was deleted on the computer that wrote this. */
  deleted: boolean;
  body: unknown;
  hash: string;
}

export type Decoded =
  { ok: true; doc: SyncDoc } | { ok: false; reason: 'unreadable' | 'format' | 'hash' };

/** JSON with object keys sorted: the same content always hashes the same. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj)
      .filter((k) => obj[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

const content = (kind: SyncKind, id: string, deleted: boolean, body: unknown) =>
  canonical({ kind, id, deleted, body });

/** The hash a record (or its tombstone, `body` null) has as a document: what "changed" compares. */
export const docHash = (digest: Digest, kind: SyncKind, id: string, body: unknown | null) =>
  digest(content(kind, id, body === null, body));

export async function encodeDoc(
  digest: Digest,
  kind: SyncKind,
  id: string,
  body: unknown | null,
): Promise<{ text: string; hash: string }> {
  const deleted = body === null;
  const hash = await digest(content(kind, id, deleted, body));
  const doc: SyncDoc = { format: 1, kind, id, deleted, body, hash };
  return { text: JSON.stringify(doc), hash };
}

export async function decodeDoc(digest: Digest, text: string): Promise<Decoded> {
  let raw: Partial<SyncDoc>;
  try {
    raw = JSON.parse(text) as Partial<SyncDoc>;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (
    !raw ||
    raw.format !== 1 ||
    !SYNC_KINDS.includes(raw.kind as SyncKind) ||
    typeof raw.id !== 'string' ||
    typeof raw.deleted !== 'boolean' ||
    typeof raw.hash !== 'string'
  )
    return { ok: false, reason: 'format' };
  const hash = await digest(content(raw.kind!, raw.id, raw.deleted, raw.body ?? null));
  if (hash !== raw.hash) return { ok: false, reason: 'hash' };
  return { ok: true, doc: raw as SyncDoc };
}

/** The document's path segments under the root. */
export const docPath = (root: readonly string[], kind: SyncKind, id: string): string[] => [
  ...root,
  SYNC_FOLDER,
  kind,
  `${id}.json`,
];
