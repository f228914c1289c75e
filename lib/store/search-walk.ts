/**
 * The search for a query whose every term is common (lib/store/search.ts): instead of reading
 * thousands of keys per term to learn which meetings hold them all, the meetings are read newest
 * first, with their action items, and checked against the text (lib/store/search-hit.ts), which
 * every result is anyway, until a page is confirmed. A page of results then costs about a page
 * of meetings, however large the archive. Checking the index's terms of each meeting first cost
 * more than it saved when most meetings hold the words (test/bench/search.run.ts). Gives up
 * (null) after `limit` × WALK meetings, when the words rarely meet; the caller then intersects
 * the terms' whole key lists.
 */
import type { MinutesDatabase } from './db';
import { ALL_ITEMS, readHits, type SearchResult, type SearchResults } from './search-hit';

/** Pages of meetings walked before giving up. */
const WALK = 10;

/** The newest `limit` meetings holding every word of the query, or null (see above). */
export async function walkNewest(
  db: MinutesDatabase,
  newest: readonly string[],
  words: string[],
  limit: number,
): Promise<SearchResults | null> {
  const results: SearchResult[] = [];
  let missed = 0;
  for (let i = 0; i < newest.length && results.length < limit; i += limit) {
    if (i >= limit * WALK) return null;
    const ids = newest.slice(i, i + limit);
    const page = await readHits(
      db,
      ids.map((id) => ({ id, inMeeting: true, itemIds: ALL_ITEMS })),
      words,
    );
    for (const result of page) {
      if (!result) missed++;
      else if (results.length < limit) results.push(result);
    }
  }
  // Every meeting not read may hold the words: an upper bound, as the index's count is.
  return { results, candidates: newest.length - missed };
}
