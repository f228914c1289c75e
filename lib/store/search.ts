/**
 * Search across all minutes (issue 16), loaded on first use. The index is the `search` store
 * (lib/store/db.ts): one record of distinct terms per meeting and per action item
 * (lib/search/doc.ts), written in the same transaction as the record (lib/store/search-doc.ts),
 * under a multiEntry index `by-term`. A query reads only the keys of the records that hold each
 * of its terms, intersects them, ranks the meetings newest first and reads just the page it
 * shows to cut snippets; nothing is tokenised again when search opens. A hit is checked against
 * the text (every word typed must be in the meeting or the item), since pairs of characters can
 * meet in a record without the word.
 */
import { parseActionItem, parseMeeting, type ActionItem, type Meeting } from '../schema';
import { itemDoc, itemFields, meetingDoc, meetingFields, type Field } from '../search/doc';
import { snippetOf, type Snippet } from '../search/snippet';
import { fold, queryTerms, queryWords } from '../search/terms';
import { readSummary, type MeetingSummary } from '../summary';
import { UNBUILT, type MinutesDatabase } from './db';

export { itemDoc, meetingDoc };

export interface SearchHit {
  kind: Field['kind'];
  topicId: string | null;
  /** The topic's title, '' when the hit is in none. */
  topic: string;
  refId: string | null;
  snippet: Snippet;
}

export interface SearchResult {
  meeting: MeetingSummary;
  /** Its best hits, the fields holding most of the words first. */
  hits: SearchHit[];
}

export interface SearchResults {
  results: SearchResult[];
  /** Meetings the index found, before the page shown was checked against their text. */
  candidates: number;
}

/** Hits shown per meeting. */
const PER_MEETING = 3;

/** Builds the whole index from the stored meetings and items, in one transaction. */
export async function buildSearch(db: MinutesDatabase): Promise<void> {
  const tx = db.transaction(['meetings', 'actionItems', 'search'], 'readwrite');
  const [meetings, items] = await Promise.all([
    tx.objectStore('meetings').getAll(),
    tx.objectStore('actionItems').getAll(),
  ]);
  const search = tx.objectStore('search');
  const writes: Promise<unknown>[] = [search.clear()];
  for (const raw of meetings) {
    const m = parseMeeting(raw);
    if (m.ok) writes.push(search.put(meetingDoc(m.value)));
  }
  for (const raw of items) {
    const i = parseActionItem(raw);
    if (i.ok) writes.push(search.put(itemDoc(i.value)));
  }
  await Promise.all([...writes, tx.done]);
}

/** The meetings (newest first) whose minutes or action items hold every word of `query`. */
export async function searchArchive(
  db: MinutesDatabase,
  query: string,
  limit = 20,
): Promise<SearchResults> {
  const terms = queryTerms(query);
  const words = queryWords(query);
  if (!terms.length) return { results: [], candidates: 0 };
  // An upgrade stopped before it built the index (lib/store/db.ts) leaves this marker.
  if (await db.count('search', UNBUILT)) await buildSearch(db);

  const tx = db.transaction(['search', 'summaries', 'actionItems']);
  const index = tx.objectStore('search').index('by-term');
  const sets = await Promise.all(
    terms.map(async ({ term, prefix }) => {
      const range = prefix ? IDBKeyRange.bound(term, term + '\uffff') : term;
      return new Set(await index.getAllKeys(range));
    }),
  );
  sets.sort((a, b) => a.size - b.size);
  const ids = [...sets[0]!].filter((id) => sets.every((s) => s.has(id)));

  // Each id is a meeting's (it has a summary) or an item's (read for its meeting).
  const summaries = new Map<string, MeetingSummary>();
  const items = new Map<string, ActionItem[]>();
  const meetingHits = new Set<string>();
  const summary = async (id: string) => {
    if (!summaries.has(id)) {
      const s = readSummary(await tx.objectStore('summaries').get(id));
      if (s) summaries.set(id, s);
    }
    return summaries.get(id);
  };
  await Promise.all(
    ids.map(async (id) => {
      if (await summary(id)) return void meetingHits.add(id);
      const item = parseActionItem(await tx.objectStore('actionItems').get(id));
      if (!item.ok || !(await summary(item.value.meetingId))) return;
      const list = items.get(item.value.meetingId) ?? [];
      items.set(item.value.meetingId, [...list, item.value]);
    }),
  );
  await tx.done;
  const ranked = [...new Set([...meetingHits, ...items.keys()])]
    .map((id) => summaries.get(id)!)
    .sort((a, b) => (b.startAt ?? b.updatedAt).localeCompare(a.startAt ?? a.updatedAt));

  const results: SearchResult[] = [];
  for (let i = 0; i < ranked.length && results.length < limit; i += limit) {
    const page = ranked.slice(i, i + limit);
    const read = await Promise.all(
      page.map((s) => (meetingHits.has(s.id) ? db.get('meetings', s.id) : null)),
    );
    page.forEach((s, j) => {
      const parsed = read[j] === null ? null : parseMeeting(read[j]);
      const meeting = parsed?.ok ? parsed.value : null;
      const hits = hitsOf(meeting, items.get(s.id) ?? [], words);
      if (hits.length && results.length < limit) results.push({ meeting: s, hits });
    });
  }
  return { results, candidates: ranked.length };
}

/** The best hits of a meeting and its items; none when the words are not all in one of them. */
function hitsOf(meeting: Meeting | null, items: ActionItem[], words: string[]): SearchHit[] {
  const topic = (id: string | null) =>
    (id && meeting?.topics.find((t) => t.id === id)?.title) || '';
  const hits = (fields: Field[]): SearchHit[] => {
    const text = fold(fields.map((f) => f.text).join('\n'));
    if (!words.every((w) => text.includes(w))) return [];
    return fields.flatMap((f) => {
      const snippet = snippetOf(f.text, words);
      return snippet ? [{ ...f, topic: topic(f.topicId), snippet }] : [];
    });
  };
  return [
    ...(meeting ? hits(meetingFields(meeting)) : []),
    ...items.flatMap((i) => hits(itemFields(i))),
  ]
    .sort((a, b) => b.snippet.found - a.snippet.found)
    .slice(0, PER_MEETING)
    .map(({ kind, topicId, topic, refId, snippet }) => ({ kind, topicId, topic, refId, snippet }));
}
