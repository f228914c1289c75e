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
import { parseActionItem, parseMeeting } from '../schema';
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
  /**
   * Meetings the index found by the query's rarest terms, before they were checked against
   * their text: an upper bound of the meetings that hold every word.
   */
  candidates: number;
}

/** Hits shown per meeting. */
const PER_MEETING = 3;
/** How many of a query's terms are looked up in the index; the text checks all of them. */
const RAREST = 2;

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

/**
 * The date each meeting is ranked by (its start, else its last change), from the summaries,
 * read once per database and again when their number changes (a meeting created or deleted
 * elsewhere). A date edited elsewhere may rank a meeting by its old date until then; what a
 * result shows is read fresh.
 */
const ranks = new WeakMap<MinutesDatabase, { count: number; at: Map<string, string> }>();
async function rankDates(db: MinutesDatabase) {
  const count = await db.count('summaries');
  let cached = ranks.get(db);
  if (cached?.count !== count) {
    const at = new Map<string, string>();
    for (const raw of await db.getAll('summaries')) {
      const s = readSummary(raw);
      if (s) at.set(s.id, s.startAt ?? s.updatedAt);
    }
    ranks.set(db, (cached = { count, at }));
  }
  return cached.at;
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

  // Only the rarest terms' keys are read (counting is cheaper than reading keys): the other
  // terms are checked against the text of the page shown, which every hit is anyway.
  const tx = db.transaction('search');
  const index = tx.store.index('by-term');
  const range = ({ term, prefix }: (typeof terms)[number]) =>
    prefix ? IDBKeyRange.bound(term, term + '\uffff') : term;
  const counts = await Promise.all(terms.map((t) => index.count(range(t))));
  const rarest = terms
    .map((t, i) => ({ t, n: counts[i]! }))
    .sort((a, b) => a.n - b.n)
    .slice(0, RAREST);
  const sets = rarest[0]!.n
    ? await Promise.all(rarest.map(async ({ t }) => new Set(await index.getAllKeys(range(t)))))
    : [new Set<string>()];
  await tx.done;
  sets.sort((a, b) => a.size - b.size);
  // A key is a meeting's id, or an item's id, U+0001 and its meeting's (lib/search/doc.ts).
  const meetingHits = new Set<string>();
  const itemHits = new Map<string, string[]>();
  for (const key of sets[0]!) {
    if (!sets.every((s) => s.has(key))) continue;
    const [id, meetingId] = key.split('\u0001') as [string, string | undefined];
    if (meetingId === undefined) meetingHits.add(id);
    else itemHits.set(meetingId, [...(itemHits.get(meetingId) ?? []), id]);
  }
  const dates = await rankDates(db);
  const ranked = [...new Set([...meetingHits, ...itemHits.keys()])]
    .filter((id) => dates.has(id))
    .sort((a, b) => dates.get(b)!.localeCompare(dates.get(a)!));

  // Read page by page until `limit` meetings are confirmed by their text.
  const results: SearchResult[] = [];
  for (let i = 0; i < ranked.length && results.length < limit; i += limit) {
    const page = await Promise.all(
      ranked
        .slice(i, i + limit)
        .map((id) => readHit(db, id, meetingHits.has(id), itemHits.get(id) ?? [], words)),
    );
    for (const result of page) if (result && results.length < limit) results.push(result);
  }
  return { results, candidates: ranked.length };
}

/** A meeting found by the index, checked against its text: its summary and best hits, or null. */
async function readHit(
  db: MinutesDatabase,
  id: string,
  inMeeting: boolean,
  itemIds: string[],
  words: string[],
): Promise<SearchResult | null> {
  const tx = db.transaction(['summaries', 'meetings', 'actionItems']);
  const [summary, meeting, items] = await Promise.all([
    tx.objectStore('summaries').get(id),
    tx.objectStore('meetings').get(id),
    Promise.all(itemIds.slice(0, PER_MEETING * 2).map((i) => tx.objectStore('actionItems').get(i))),
  ]);
  await tx.done;
  const s = readSummary(summary);
  if (!s || !meeting || typeof meeting !== 'object') return null;
  const m = meeting as Record<string, unknown>;
  const topics = new Map(
    (Array.isArray(m.topics) ? (m.topics as Record<string, unknown>[]) : []).map((t) => [
      t?.id,
      typeof t?.title === 'string' ? t.title : '',
    ]),
  );
  const fields = [
    ...(inMeeting ? [meetingFields(m)] : []),
    ...items
      .filter((i) => (i as { meetingId?: unknown } | undefined)?.meetingId === id)
      .map((i) => itemFields(i as Record<string, unknown>)),
  ];
  const hits = bestHits(fields, words, (topicId) => (topicId && topics.get(topicId)) || '');
  return hits.length ? { meeting: s, hits } : null;
}

/**
 * The best hits among records' fields: of the records holding every word (in one field or
 * across several), the fields holding most of them, in reading order.
 */
function bestHits(
  records: Field[][],
  words: string[],
  topic: (id: string | null) => string,
): SearchHit[] {
  const found: { field: Field; folded: string; count: number }[] = [];
  for (const fields of records) {
    const seen = new Set<string>();
    const mine: typeof found = [];
    for (const field of fields) {
      const folded = fold(field.text);
      const has = words.filter((w) => folded.includes(w));
      if (!has.length) continue;
      for (const w of has) seen.add(w);
      mine.push({ field, folded, count: has.length });
    }
    if (seen.size === words.length) found.push(...mine);
  }
  return found
    .sort((a, b) => b.count - a.count)
    .slice(0, PER_MEETING)
    .map(({ field, folded }) => ({
      kind: field.kind,
      topicId: field.topicId,
      topic: topic(field.topicId),
      refId: field.refId,
      snippet: snippetOf(field.text, words, folded)!,
    }));
}
