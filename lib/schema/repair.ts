import type { Meeting } from './meeting';

/**
 * Records inside one meeting that share an id. The merge of two views' edits (lib/merge.ts)
 * matches attendees, topics, points and decisions by id, and the timer finds a topic's timing by
 * its topic id, so two records with one id would become one and the other would be lost. The app
 * never makes them (ids are random UUIDs); a restored or hand-edited file can. Every reader
 * repairs them the same way, so the result is the same in every view and after every read:
 * - a second (third…) attendee, topic, point or decision with a taken id gets a new id derived
 *   from the old one (`p1~2`); references by id (a point's topic, a decision's point) keep
 *   pointing at the first, which is the one every view showed until now;
 * - timing records of the same topic become one, with the segments of both (nothing timed is lost).
 */

export type Repair = 'duplicate_ids';

const ID_MAX = 64;

/** `id~n` for the first n ≥ 2 not taken, cut so the whole stays within the id bound. */
function freshId(id: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const suffix = `~${n}`;
    const candidate = id.slice(0, ID_MAX - suffix.length) + suffix;
    if (!taken.has(candidate)) return candidate;
  }
}

function uniqueIds<T extends { id: string }>(list: T[]): T[] | null {
  const taken = new Set<string>();
  let duplicate = false;
  for (const x of list) {
    if (taken.has(x.id)) duplicate = true;
    taken.add(x.id);
  }
  if (!duplicate) return null;
  const seen = new Set<string>();
  return list.map((x) => {
    if (!seen.has(x.id)) {
      seen.add(x.id);
      return x;
    }
    const id = freshId(x.id, taken);
    taken.add(id);
    seen.add(id);
    return { ...x, id };
  });
}

function uniqueTimingRecords(records: Meeting['timing']['records']) {
  const byTopic = new Map<string, Meeting['timing']['records'][number]>();
  for (const r of records) {
    const first = byTopic.get(r.topicId);
    byTopic.set(
      r.topicId,
      first
        ? {
            ...first,
            // Same bounds as the schema: 1,000 segments, a day of extra minutes.
            segments: [...first.segments, ...r.segments].slice(0, 1000),
            extraMinutes: Math.min(first.extraMinutes + r.extraMinutes, 24 * 60),
          }
        : r,
    );
  }
  return byTopic.size === records.length ? null : [...byTopic.values()];
}

/** The meeting with every id unique inside it, and whether anything had to change. */
export function repairMeeting(meeting: Meeting): { meeting: Meeting; repairs: Repair[] } {
  const attendees = uniqueIds(meeting.attendees);
  const topics = uniqueIds(meeting.topics);
  const points = uniqueIds(meeting.points);
  const decisions = uniqueIds(meeting.decisions);
  const records = uniqueTimingRecords(meeting.timing.records);
  if (!attendees && !topics && !points && !decisions && !records) return { meeting, repairs: [] };
  return {
    meeting: {
      ...meeting,
      attendees: attendees ?? meeting.attendees,
      topics: topics ?? meeting.topics,
      points: points ?? meeting.points,
      decisions: decisions ?? meeting.decisions,
      timing: records ? { ...meeting.timing, records } : meeting.timing,
    },
    repairs: ['duplicate_ids'],
  };
}
