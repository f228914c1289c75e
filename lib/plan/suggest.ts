/**
 * Owner and department suggestions for the action-item form, from the meeting's sign-in list.
 *
 * The owner should be someone who was in the room and accepted the task (no "被动接受"), so people
 * present come first, then those not yet signed in, then the absent; a substitute (代参会人) is
 * in the room for an absent colleague and counts as present. Within each group, names that start
 * with what was typed come before names that merely contain it. Plain, case-insensitive substring
 * matching works for Chinese names and departments as well as Latin ones.
 */
import type { Attendee } from '../schema';

export interface OwnerSuggestion {
  name: string;
  department: string;
  /** Attends for someone else (代参会人). */
  substitute: boolean;
}

type Presence = 0 | 1 | 2; // present, unknown, absent

function presence(a: Pick<Attendee, 'attendance'>): Presence {
  if (a.attendance === 'present' || a.attendance === 'late') return 0;
  return a.attendance === 'absent' ? 2 : 1;
}

interface Candidate<T> {
  value: T;
  key: string;
  text: string;
  presence: Presence;
}

function rank<T>(candidates: Candidate<T>[], typed: string, limit: number): T[] {
  const q = typed.trim().toLowerCase();
  const best = new Map<string, { c: Candidate<T>; score: number; order: number }>();
  candidates.forEach((c, order) => {
    const text = c.text.trim().toLowerCase();
    if (text === '') return;
    const at = text.indexOf(q);
    if (at < 0) return;
    const score = c.presence * 2 + (at === 0 ? 0 : 1);
    const seen = best.get(c.key);
    if (!seen || score < seen.score) best.set(c.key, { c, score, order: seen?.order ?? order });
  });
  return [...best.values()]
    .sort((a, b) => a.score - b.score || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.c.value);
}

/** People who could own the task, best first; each person once. */
export function suggestOwners(
  attendees: readonly Attendee[],
  typed: string,
  limit = 8,
): OwnerSuggestion[] {
  const candidates: Candidate<OwnerSuggestion>[] = [];
  for (const a of attendees) {
    const add = (name: string, substitute: boolean, p: Presence) =>
      candidates.push({
        value: { name: name.trim(), department: a.department.trim(), substitute },
        key: `${name.trim()}\u0000${a.department.trim()}`,
        text: name,
        presence: p,
      });
    add(a.name, false, presence(a));
    if (a.substitute.trim() !== '') {
      add(a.substitute, true, a.attendance === 'absent' ? 0 : presence(a));
    }
  }
  return rank(candidates, typed, limit);
}

/** Departments at the meeting matching what was typed, best first; each once. */
export function suggestDepartments(
  attendees: readonly Attendee[],
  typed: string,
  limit = 8,
): string[] {
  return rank(
    attendees.map((a) => ({
      value: a.department.trim(),
      key: a.department.trim(),
      text: a.department,
      // A department is in the room if anyone of it is, a substitute included.
      presence: a.substitute.trim() !== '' && a.attendance === 'absent' ? 0 : presence(a),
    })),
    typed,
    limit,
  );
}
