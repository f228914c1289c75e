/**
 * A cheap integrity marker on stored meetings, so that opening one need not run the full schema
 * check (30–100 ms for the bench's large meeting, test/bench/large.ts) before it is shown.
 *
 * Every write through the repositories stores the record with `seal`: a 53-bit hash of its JSON
 * text and the text's length. On read, a record of the current schema version whose seal matches
 * its text is exactly what this app wrote; anything edited or damaged outside the app (another
 * program, the developer tools, a bad disk) no longer matches and takes the full check before it
 * is shown, as before. The seal is not a signature: whoever edits a record on purpose can
 * compute it again, which is why the full check still runs on every sealed read, after the first
 * paint (MeetingRepo.check), and keeps the record aside when it fails.
 */

const FIELD = 'seal';

/** cyrb53: two multiplicative 32-bit lanes over the UTF-16 code units, mixed at the end. */
function hash53(text: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const sealOf = (record: object) => {
  const text = JSON.stringify(record);
  return `1:${text.length.toString(36)}:${hash53(text).toString(36)}`;
};

type Raw = Record<string, unknown>;

/** The record as stored: itself with its seal (a seal it carried is replaced). */
export function sealed<T extends object>(record: T): T {
  const { [FIELD]: _, ...rest } = record as Raw;
  return { ...rest, [FIELD]: sealOf(rest) } as T;
}

/**
 * The stored value without its seal when the seal matches and the record is of schema version
 * `version` (an older one needs its migration, lib/schema/migrate.ts), else null: the caller
 * then checks it fully.
 */
export function unsealed(raw: unknown, version: number): Raw | null {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return null;
  const { [FIELD]: seal, ...rest } = raw as Raw;
  if (typeof seal !== 'string' || rest.schemaVersion !== version) return null;
  return seal === sealOf(rest) ? rest : null;
}
