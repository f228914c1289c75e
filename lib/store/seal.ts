/**
 * A cheap integrity marker on stored meetings, so that opening one need not run the full schema
 * check (30–100 ms for the bench's large meeting, test/bench/large.ts) before it is shown.
 *
 * Every write through the repositories stores the record with `seal`: a 64-bit hash of its
 * content (every key, value and type, in order). On read, a record of the current schema version
 * whose seal matches its content is exactly what this app wrote; anything edited or damaged
 * outside the app (another program, the developer tools, a bad disk) no longer matches and takes
 * the full check before it is shown, as before. The seal is not a signature: whoever edits a record on purpose can
 * compute it again, which is why the full check still runs on every sealed read, after the first
 * paint (MeetingRepo.check), and keeps the record aside when it fails.
 */

const FIELD = 'seal';

// The hash's two lanes (cyrb53's multipliers), fed by one walk over the record: no JSON text is
// made (JSON.stringify of the large meeting took longer than the whole walk), and a value's
// type is part of what is hashed, so a number, a Date or an object in place of a string differs.
let h1 = 0;
let h2 = 0;
const mix = (c: number) => {
  h1 = Math.imul(h1 ^ c, 2654435761);
  h2 = Math.imul(h2 ^ c, 1597334677);
};
const text = (s: string) => {
  mix(s.length);
  for (let i = 0; i < s.length; i++) mix(s.charCodeAt(i));
};

function feed(value: unknown): void {
  switch (typeof value) {
    case 'string':
      mix(1);
      return text(value);
    case 'number':
      mix(2);
      return text(String(value));
    case 'boolean':
      return mix(value ? 3 : 4);
    case 'object':
      if (value === null) return mix(5);
      if (Array.isArray(value)) {
        mix(6);
        mix(value.length);
        for (const x of value) feed(x);
        return;
      }
      mix(7);
      for (const [key, x] of Object.entries(value)) {
        text(key);
        feed(x);
      }
      return mix(8);
    default:
      return mix(9);
  }
}

const sealOf = (record: object) => {
  h1 = 0xdeadbeef;
  h2 = 0x41c6ce57;
  feed(record);
  const a = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const b = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  return `1:${(b >>> 0).toString(36)}:${(a >>> 0).toString(36)}`;
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
