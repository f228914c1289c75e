/**
 * What of a meeting and of an action item is searched (issue 16): titles, goal, topics, talking
 * points, decisions, attendees, summary and next meeting; an item's task, owner, collaborators,
 * support, notes and delay reason. The same fields give the index's terms (written beside each
 * record, lib/store/search.ts) and, for a hit, the snippet (lib/search/snippet.ts).
 */
import type { ActionItem, Meeting } from '../schema';
import { indexTerms } from './terms';

export type FieldKind =
  'title' | 'goal' | 'topic' | 'point' | 'decision' | 'attendee' | 'summary' | 'item';

export interface Field {
  kind: FieldKind;
  text: string;
  /** The topic it belongs to, so a hit opens the meeting there. */
  topicId: string | null;
  /** The talking point, decision or item it is, when it is one. */
  refId: string | null;
}

// Read leniently: a hit's meeting is read from the store without the full parse (which cost
// more than the rest of a search, test/bench/search.run.ts); only its strings are used, as text.
type Loose = Record<string, unknown>;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const list = (v: unknown): Loose[] =>
  Array.isArray(v) ? v.filter((x): x is Loose => !!x && typeof x === 'object') : [];
const field = (kind: FieldKind, text: string, topicId: unknown = null, refId: unknown = null) => ({
  kind,
  text,
  topicId: str(topicId) || null,
  refId: str(refId) || null,
});

/** The searched fields of a meeting (parsed, or as stored), in the order a reader meets them. */
export function meetingFields(meeting: Meeting | Loose): Field[] {
  const m = meeting as Loose;
  const join = (...parts: unknown[]) => parts.map(str).join(' ');
  return [
    field('title', join(m.title, m.series, m.department)),
    field('goal', str(m.goal)),
    ...list(m.topics).map((t) =>
      field('topic', join(t.title, t.ownerName, t.ownerDepartment), t.id),
    ),
    ...list(m.points).map((p) =>
      field('point', join(p.speaker, p.department, p.text), p.topicId, p.id),
    ),
    ...list(m.decisions).map((d) => field('decision', str(d.text), d.topicId, d.id)),
    ...list(m.attendees).map((a) => field('attendee', join(a.name, a.department, a.substitute))),
    field('summary', join(m.summary, (m.nextMeeting as Loose | null)?.purpose)),
  ].filter((x) => x.text.trim() !== '');
}

/** The searched fields of an action item (one field: its row in the plan). */
export function itemFields(item: ActionItem | Loose): Field[] {
  const i = item as Loose;
  const text = [
    i.task,
    i.ownerName,
    i.ownerDepartment,
    ...(Array.isArray(i.collaborators) ? (i.collaborators as unknown[]) : []),
    i.support,
    i.notes,
    i.delayReason,
  ]
    .map(str)
    .filter(Boolean)
    .join(' ');
  return [field('item', text, i.sourceTopicId, i.id)];
}

/** A record of the `search` store: the terms of one meeting or one action item. */
export interface SearchDoc {
  id: string;
  meetingId: string;
  terms: string[];
}

export const meetingDoc = (m: Meeting): SearchDoc => ({
  id: m.id,
  meetingId: m.id,
  terms: indexTerms(meetingFields(m).map((x) => x.text)),
});

/**
 * Keyed by the item's id and its meeting's: a query learns which meeting an item hit belongs to
 * from the keys alone (lib/store/search.ts), and deleting the item's id range removes it
 * (lib/store/derived.ts).
 */
export const itemDoc = (i: ActionItem): SearchDoc => ({
  id: `${i.id}\u0001${i.meetingId}`,
  meetingId: i.meetingId,
  terms: indexTerms(itemFields(i).map((x) => x.text)),
});
