/**
 * The quarantine's key for a damaged record: one entry per stored record, refreshed when the
 * same record is seen again. A record's id is its IndexedDB key, which need not be a string (a
 * number, a date, an array, bytes: whatever another program or an old bug wrote); each such key
 * gets a text of its own, so two damaged records never share a slot and every raw copy is kept.
 * String ids keep their plain form (`meetings:<id>`), as earlier versions wrote it.
 */
import type { QuarantineEntry } from './db';

const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

/** A text naming an IndexedDB key, different for every different key. */
export function keyText(key: unknown): string {
  if (typeof key === 'string') return key.startsWith('#') ? `#s:${key}` : key;
  if (typeof key === 'number') return `#n:${String(key)}`;
  if (key instanceof Date) return `#d:${key.getTime()}`;
  if (Array.isArray(key)) return `#a:${JSON.stringify(key.map(keyText))}`;
  if (key instanceof ArrayBuffer) return `#b:${hex(new Uint8Array(key))}`;
  if (ArrayBuffer.isView(key)) {
    return `#b:${hex(new Uint8Array(key.buffer, key.byteOffset, key.byteLength))}`;
  }
  return `#?:${typeof key}`;
}

export function quarantineEntry(
  store: QuarantineEntry['store'],
  raw: unknown,
  reason: string,
  seenAt: string,
): QuarantineEntry {
  const id = (raw as { id?: unknown } | null)?.id;
  const text = keyText(id);
  return {
    key: `${store}:${text}`,
    store,
    id: typeof id === 'string' ? id : text,
    reason,
    seenAt,
    raw,
  };
}
