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

/** A meeting to check: whether its own text is searched, and which of its items. */
export interface HitRequest {
  id: string;
  inMeeting: boolean;
  /** The items the index found, or every item of the meeting. */
  itemIds: string[] | typeof ALL_ITEMS;
}

/** A meeting's searched text, folded once: its fields and its topics' titles. */
interface Text {
  rev: number;
  updatedAt: string;
  fields: Folded[];
  topics: Map<unknown, string>;
}
type Folded = { field: Field; folded: string };

/**
 * The texts of the meetings read last, per database: a query typed on, or asked again, checks the
 * same newest meetings, and reading and folding one (60 talking points) is most of a search's
 * cost (test/bench/search.run.ts). A text is used only while its meeting's summary, read in the
 * same transaction and written with every write of the meeting (lib/store/derived.ts), still has
 * its revision and time.
 */
const HELD = 200;
const held = new WeakMap<MinutesDatabase, Map<string, Text>>();

function textOf(meeting: Record<string, unknown>, s: MeetingSummary): Text {
  const topics = new Map(
    (Array.isArray(meeting.topics) ? (meeting.topics as Record<string, unknown>[]) : []).map(
      (t) => [t?.id, typeof t?.title === 'string' ? t.title : ''],
    ),
  );
  const fields = meetingFields(meeting).map((field) => ({ field, folded: fold(field.text) }));
  return { rev: s.rev, updatedAt: s.updatedAt, fields, topics };
}

/**
 * The meetings of `requests`, each checked against its text: its summary and best hits, or null.
 * One transaction for the page; a meeting whose text is held at its summary's revision is not
 * read again.
 */
export async function readHits(
  db: MinutesDatabase,
  requests: readonly HitRequest[],
  words: string[],
): Promise<(SearchResult | null)[]> {
  let texts = held.get(db);
  if (!texts) held.set(db, (texts = new Map()));
  const tx = db.transaction(['summaries', 'meetings', 'actionItems']);
  const items = tx.objectStore('actionItems');
  const read = await Promise.all(
    requests.map(async ({ id, inMeeting, itemIds }) => {
      const [summary, found] = await Promise.all([
        tx.objectStore('summaries').get(id),
        itemIds === ALL_ITEMS
          ? items.index('by-meeting').getAll(id)
          : Promise.all(itemIds.slice(0, PER_MEETING * 2).map((i) => items.get(i))),
      ]);
      const s = readSummary(summary);
      if (!s) return null;
      let text = texts.get(id);
      if (text?.rev !== s.rev || text.updatedAt !== s.updatedAt) {
        const meeting: unknown = await tx.objectStore('meetings').get(id);
        if (!meeting || typeof meeting !== 'object') return null;
        text = textOf(meeting as Record<string, unknown>, s);
      }
      texts.set(id, text);
      return { id, s, text, inMeeting, found };
    }),
  );
  await tx.done;
  if (texts.size > HELD) texts.clear();
  return read.map((r) => {
    if (!r) return null;
    const records = [
      ...(r.inMeeting ? [r.text.fields] : []),
      ...r.found
        .filter((i) => (i as { meetingId?: unknown } | undefined)?.meetingId === r.id)
        .map((i) =>
          itemFields(i as Record<string, unknown>).map((field) => ({
            field,
            folded: fold(field.text),
          })),
        ),
    ];
    const topic = (topicId: string | null) => (topicId && r.text.topics.get(topicId)) || '';
    const hits = bestHits(records, words, topic);
    return hits.length ? { meeting: r.s, hits } : null;
  });
}

/**
 * The best hits among records' fields: of the records holding every word (in one field or
 * across several), the fields holding most of them, in reading order.
 */
function bestHits(
  records: Folded[][],
  words: string[],
  topic: (id: string | null) => string,
): SearchHit[] {
  const found: { field: Field; folded: string; count: number }[] = [];
  for (const fields of records) {
    const seen = new Set<string>();
    const mine: typeof found = [];
    for (const { field, folded } of fields) {
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
