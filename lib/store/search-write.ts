/**
 * Writes a meeting's search terms in the transaction of its save (lib/store/search-doc.ts): the
 * whole record on its first write, then only the new terms in an extra record beside it, until
 * lib/search/delta.ts says to rewrite it whole. An extra is keyed by the meeting's id, U+0001
 * twice and a number: `deleteDerived` (lib/store/derived.ts) removes it with the meeting, and a
 * search reads a key with an empty second part as the meeting's own (lib/store/search.ts).
 */
import type { IDBPObjectStore, StoreNames } from 'idb';
import type { Meeting } from '../schema';
import { termWrite } from '../search/delta';
import { meetingDoc } from '../search/doc';
import type { MinutesDB, SearchRecord } from './db';

type SearchStore = IDBPObjectStore<MinutesDB, StoreNames<MinutesDB>[], 'search', 'readwrite'>;

const EXTRA = '\u0001\u0001';

/** The key range of a meeting's extras. */
const extraRange = (meetingId: string) =>
  IDBKeyRange.bound(`${meetingId}${EXTRA}`, `${meetingId}${EXTRA}\uffff`);

/** Reads a meeting's record and extras as stored. */
async function storedTerms(store: SearchStore, meetingId: string) {
  const [base, extras] = await Promise.all([
    store.get(meetingId),
    store.getAll(extraRange(meetingId)),
  ]);
  return { base: base as SearchRecord | undefined, extras: extras as SearchRecord[] };
}

export async function writeMeetingTerms(store: SearchStore, meeting: Meeting): Promise<void> {
  const doc = meetingDoc(meeting);
  const { base, extras } = await storedTerms(store, meeting.id);
  const step = termWrite(
    base?.terms,
    extras.map((e) => e.terms),
    doc.terms,
  );
  if (step.kind === 'add') {
    // Numbered past the last one, so a new extra never overwrites one still held.
    const n = extras.length ? Number(extras.at(-1)!.id.slice(meeting.id.length + 2)) + 1 : 0;
    const id = `${meeting.id}${EXTRA}${String(n).padStart(4, '0')}`;
    await store.put({ id, meetingId: meeting.id, terms: step.terms });
  } else if (step.kind === 'rebase') {
    if (extras.length) await store.delete(extraRange(meeting.id));
    await store.put(doc);
  }
}
