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

/** The searched fields of a meeting, in the order a reader meets them. */
export function meetingFields(m: Meeting): Field[] {
  const f = (
    kind: FieldKind,
    text: string,
    topicId: string | null = null,
    refId = null as string | null,
  ) => ({ kind, text, topicId, refId });
  return [
    f('title', [m.title, m.series, m.department].join(' ')),
    f('goal', m.goal),
    ...m.topics.map((t) => f('topic', `${t.title} ${t.ownerName} ${t.ownerDepartment}`, t.id)),
    ...m.points.map((p) => f('point', `${p.speaker} ${p.department} ${p.text}`, p.topicId, p.id)),
    ...m.decisions.map((d) => f('decision', d.text, d.topicId, d.id)),
    ...m.attendees.map((a) => f('attendee', `${a.name} ${a.department} ${a.substitute}`)),
    f('summary', `${m.summary} ${m.nextMeeting.purpose}`),
  ].filter((x) => x.text.trim() !== '');
}

/** The searched fields of an action item (one field: its row in the plan). */
export function itemFields(i: ActionItem): Field[] {
  const text = [
    i.task,
    i.ownerName,
    i.ownerDepartment,
    ...i.collaborators,
    i.support,
    i.notes,
    i.delayReason,
  ]
    .filter(Boolean)
    .join(' ');
  return [{ kind: 'item', text, topicId: i.sourceTopicId, refId: i.id }];
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

export const itemDoc = (i: ActionItem): SearchDoc => ({
  id: i.id,
  meetingId: i.meetingId,
  terms: indexTerms(itemFields(i).map((x) => x.text)),
});
