/**
 * The search index's records (the `search` store, lib/store/db.ts), derived from each meeting
 * and each action item and written in the same transaction (lib/store/derived.ts). The
 * tokeniser (lib/search/doc.ts) loads before the first write, not at start-up: the meeting
 * write path is part of the panel's start-up, whose bytes are budgeted
 * (test/build/budgets.test.ts).
 */
import type { ActionItem, Meeting } from '../schema';
import type { Derived } from './derived';

// The search's one chunk (lib/store/search.ts re-exports the tokeniser's documents). Every
// writer awaits `prepare` before its transaction (lib/store/derived.ts); were one not to, the
// write would fail on the undefined module and its transaction abort: nothing half-written.
type Docs = typeof import('./search');
let docs: Docs;

const prepare = async () => (docs ??= await import('./search'));

export const meetingSearch: Derived<Meeting> = {
  store: 'search',
  prepare,
  of: (m) => docs.meetingDoc(m),
  // Only the terms new to the stored ones: lib/search/delta.ts.
  write: (tx, m) => docs.writeMeetingTerms(tx.objectStore('search'), m),
};

export const itemSearch: Derived<ActionItem> = {
  store: 'search',
  prepare,
  of: (i) => docs.itemDoc(i),
};
