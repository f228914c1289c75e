/**
 * The search index's records (the `search` store, lib/store/db.ts), derived from each meeting
 * and each action item and written in the same transaction (lib/store/derived.ts). The
 * tokeniser (lib/search/doc.ts) loads before the first write, not at start-up: the meeting
 * write path is part of the panel's start-up, whose bytes are budgeted
 * (test/build/budgets.test.ts).
 */
import type { ActionItem, Meeting } from '../schema';
import type { Derived } from './derived';

type Docs = typeof import('../search/doc');
let docs: Docs | undefined;

const prepare = async () => (docs ??= await import('../search/doc'));
const loaded = (): Docs => {
  if (!docs) throw new Error('search terms written before lib/search/doc.ts loaded');
  return docs;
};

export const meetingSearch: Derived<Meeting> = {
  store: 'search',
  prepare,
  of: (m) => loaded().meetingDoc(m),
};

export const itemSearch: Derived<ActionItem> = {
  store: 'search',
  prepare,
  of: (i) => loaded().itemDoc(i),
};
