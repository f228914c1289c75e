/**
 * Search across all minutes (issue 16), loaded on first use. The index is the `search` store
 * (lib/store/db.ts): one record of distinct terms per meeting and per action item
 * (lib/search/doc.ts), plus a meeting's extras of terms added since (lib/search/delta.ts),
 * written in the same transaction as the record (lib/store/search-doc.ts), under a multiEntry
 * index `by-term`. A query reads at most COMMON keys of each term: where a term has fewer, its
 * keys are all the candidates there can be, and only those are ranked and read; where every term
 * has more, the meetings are walked newest first (lib/store/search-walk.ts), so a common word
 * costs a page of meetings rather than every key holding it. Every hit is checked against the
 * text (lib/store/search-hit.ts). Nothing is tokenised again when search opens.
 */
import { parseActionItem, parseMeeting } from '../schema';
import { itemDoc, meetingDoc } from '../search/doc';
import { queryTerms, queryWords, type QueryTerm } from '../search/terms';
import { readSummary } from '../summary';
import { UNBUILT, type MinutesDatabase } from './db';
import { readHits, type SearchResult, type SearchResults } from './search-hit';
import { walkNewest } from './search-walk';

export { itemDoc, meetingDoc };
export { writeMeetingTerms } from './search-write';
export type { SearchHit, SearchResult, SearchResults } from './search-hit';

/**
 * Keys read per term at first. A term with fewer is rare enough to list its candidates; with
 * 2,000 meetings most words of a team's own vocabulary are in more (test/bench/search.run.ts).
 */
const COMMON = 256;

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
 * The date each meeting is ranked by (its start, else its last change), from the summaries, and
 * the meetings newest first; read once per database and again when their number changes (a
 * meeting created or deleted elsewhere). A date edited elsewhere may rank a meeting by its old
 * date until then; what a result shows is read fresh.
 */
const ranks = new WeakMap<
  MinutesDatabase,
  { count: number; at: Map<string, string>; newest: string[] }
>();
async function rankDates(db: MinutesDatabase) {
  const count = await db.count('summaries');
  let cached = ranks.get(db);
  if (cached?.count !== count) {
    const at = new Map<string, string>();
    for (const raw of await db.getAll('summaries')) {
      const s = readSummary(raw);
      if (s) at.set(s.id, s.startAt ?? s.updatedAt);
    }
    const newest = [...at.keys()].sort((a, b) => at.get(b)!.localeCompare(at.get(a)!));
    ranks.set(db, (cached = { count, at, newest }));
  }
  return cached;
}

const range = ({ term, prefix }: QueryTerm) =>
  prefix ? IDBKeyRange.bound(term, term + '\uffff') : term;

/** The meetings (newest first) whose minutes or action items hold every word of `query`. */
export async function searchArchive(
  db: MinutesDatabase,
  query: string,
  limit = 20,
): Promise<SearchResults> {
  const terms = queryTerms(query);
  const words = queryWords(query);
  if (!terms.length) return { results: [], candidates: 0 };
  // An upgrade stopped before it built the index (lib/store/upgrade.ts) leaves this marker.
  if (await db.count('search', UNBUILT)) await buildSearch(db);
  const order = await rankDates(db);

  const tx = db.transaction('search');
  const index = tx.store.index('by-term');
  const first = await Promise.all(terms.map((t) => index.getAllKeys(range(t), COMMON)));
  await tx.done;
  const rare = first.filter((keys) => keys.length < COMMON);
  if (rare.length) return confirm(db, rare, order.at, words, limit);
  const walked = await walkNewest(db, order.newest, words, limit);
  if (walked) return walked;

  // Common words that rarely meet: the whole key lists of the two rarest terms (counting is
  // cheaper than reading keys); the other terms are checked against the text.
  const all = db.transaction('search');
  const byTerm = all.store.index('by-term');
  const counts = await Promise.all(terms.map((t) => byTerm.count(range(t))));
  const rarest = terms
    .map((t, i) => ({ t, n: counts[i]! }))
    .sort((a, b) => a.n - b.n)
    .slice(0, 2);
  const lists = await Promise.all(rarest.map(({ t }) => byTerm.getAllKeys(range(t))));
  await all.done;
  return confirm(db, lists, order.at, words, limit);
}

/** The meetings holding every list's key, newest first, read until `limit` are confirmed. */
async function confirm(
  db: MinutesDatabase,
  lists: string[][],
  dates: Map<string, string>,
  words: string[],
  limit: number,
): Promise<SearchResults> {
  // A key is a meeting's id, or its id and U+0001 twice for one of its extras (taken as the
  // meeting: a word's pairs may be split between them), or an item's id, U+0001 and its
  // meeting's (lib/search/doc.ts, lib/store/search-write.ts).
  const own = (key: string) => key.split('\u0001\u0001')[0]!;
  const sets = lists.map((keys) => new Set(keys.map(own))).sort((a, b) => a.size - b.size);
  const meetingHits = new Set<string>();
  const itemHits = new Map<string, string[]>();
  for (const key of sets[0]!) {
    if (!sets.every((s) => s.has(key))) continue;
    const [id, meetingId] = key.split('\u0001') as [string, string | undefined];
    if (meetingId === undefined) meetingHits.add(id);
    else itemHits.set(meetingId, [...(itemHits.get(meetingId) ?? []), id]);
  }
  const ranked = [...new Set([...meetingHits, ...itemHits.keys()])]
    .filter((id) => dates.has(id))
    .sort((a, b) => dates.get(b)!.localeCompare(dates.get(a)!));

  // Read page by page until `limit` meetings are confirmed by their text.
  const results: SearchResult[] = [];
  for (let i = 0; i < ranked.length && results.length < limit; i += limit) {
    const page = await readHits(
      db,
      ranked
        .slice(i, i + limit)
        .map((id) => ({ id, inMeeting: meetingHits.has(id), itemIds: itemHits.get(id) ?? [] })),
      words,
    );
    for (const result of page) if (result && results.length < limit) results.push(result);
  }
  return { results, candidates: ranked.length };
}
