/**
 * How a meeting's index follows a save without rewriting all its terms (issue 16). Rewriting the
 * record of a meeting's ~540 distinct terms makes IndexedDB drop and add as many multiEntry
 * entries, most of them unchanged: 8 ms of a save's 9 ms of CPU (test/bench/search.run.ts). A save
 * adds only the terms that are new to the stored ones, in a small record of their own (an
 * "extra", lib/store/search-write.ts), and a term no longer in the meeting stays in the index
 * for a while: a search checks every hit against the text (lib/store/search-hit.ts), so a stale
 * term can only make a meeting a candidate, never a wrong result. The whole record is rewritten
 * when too much is held apart or stale. Pure.
 */

/** Terms held in extras before the meeting's record is rewritten whole. */
export const EXTRA_TERMS = 128;
/** Extra records per meeting before the same. */
export const EXTRA_RECORDS = 16;
/** Stored terms no longer in the meeting before the same. */
export const STALE_TERMS = 128;

export type TermWrite =
  /** Every term is stored already (a timer step, a check-in, text deleted): nothing to write. */
  | { kind: 'none' }
  /** Store these new terms in one more extra. */
  | { kind: 'add'; terms: string[] }
  /** Write the meeting's record whole and drop its extras. */
  | { kind: 'rebase' };

/** What to write for a meeting whose terms are now `next`, its record and extras as stored. */
export function termWrite(
  base: readonly string[] | undefined,
  extras: readonly (readonly string[])[],
  next: readonly string[],
): TermWrite {
  if (!base) return { kind: 'rebase' };
  const stored = new Set(base);
  let held = 0;
  for (const extra of extras) {
    held += extra.length;
    for (const t of extra) stored.add(t);
  }
  const added = next.filter((t) => !stored.has(t));
  const now = new Set(next);
  let stale = 0;
  for (const t of stored) if (!now.has(t)) stale++;
  if (
    held + added.length > EXTRA_TERMS ||
    (added.length && extras.length >= EXTRA_RECORDS) ||
    stale > STALE_TERMS
  ) {
    return { kind: 'rebase' };
  }
  return added.length ? { kind: 'add', terms: added } : { kind: 'none' };
}
