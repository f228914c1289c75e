/**
 * Records as UTF-8 JSON in one buffer, and back (lib/adapters/backup-reader.worker.ts says why).
 * Unpacking yields to the page every ~250 KB, so no task holds it for long.
 */
export interface Packed {
  bytes: Uint8Array;
  /** Where each record's JSON ends in `bytes`. */
  ends: Uint32Array;
}

export function packRecords(records: readonly unknown[]): Packed {
  const encoder = new TextEncoder();
  const parts = records.map((r) => encoder.encode(JSON.stringify(r)));
  const bytes = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  const ends = new Uint32Array(parts.length);
  let at = 0;
  parts.forEach((part, i) => {
    bytes.set(part, at);
    ends[i] = at += part.length;
  });
  return { bytes, ends };
}

const SLICE_BYTES = 250_000;
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));

export async function unpackRecords<T>({ bytes, ends }: Packed): Promise<T[]> {
  const decoder = new TextDecoder();
  const out: T[] = [];
  let start = 0;
  let sinceYield = 0;
  for (const end of ends) {
    out.push(JSON.parse(decoder.decode(bytes.subarray(start, end))) as T);
    sinceYield += end - start;
    start = end;
    if (sinceYield >= SLICE_BYTES) {
      sinceYield = 0;
      await yieldToPage();
    }
  }
  return out;
}
