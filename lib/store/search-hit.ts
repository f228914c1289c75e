/**
 * A meeting the index found, checked against its text (lib/store/search.ts): the index holds
 * pairs of characters, which can meet in a record without the word, and terms a meeting no longer
 * holds (lib/search/delta.ts), so every result is read and every word typed looked for in it.
 * Meetings and items are read leniently (lib/search/doc.ts), only their strings used as text.
 */
import { itemFields, meetingFields, type Field } from '../search/doc';
import { snippetOf, type Snippet } from '../search/snippet';
import { fold } from '../search/terms';
import { readSummary, type MeetingSummary } from '../summary';
import type { MinutesDatabase } from './db';

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

/** Every action item of the meeting, for `readHit`. */
export const ALL_ITEMS = 'all';

/**
 * A meeting found by the index, checked against its text: its summary and best hits, or null.
 * `itemIds`: the items the index found, or every item of the meeting.
 */
export async function readHit(
  db: MinutesDatabase,
  id: string,
  inMeeting: boolean,
  itemIds: string[] | typeof ALL_ITEMS,
  words: string[],
): Promise<SearchResult | null> {
  const tx = db.transaction(['summaries', 'meetings', 'actionItems']);
  const items = tx.objectStore('actionItems');
  const [summary, meeting, found] = await Promise.all([
    tx.objectStore('summaries').get(id),
    tx.objectStore('meetings').get(id),
    itemIds === ALL_ITEMS
      ? items.index('by-meeting').getAll(id)
      : Promise.all(itemIds.slice(0, PER_MEETING * 2).map((i) => items.get(i))),
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
    ...found
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
