/**
 * Sign-in (签到) as the minutes show it: attendees by department, in the order the departments
 * first appear; attendance counts; and the departments and people remembered from other meetings,
 * suggested as the recorder types.
 */
import type { Attendee } from '../schema/meeting';

export interface DepartmentGroup {
  /** Trimmed; '' for people without a department. */
  department: string;
  people: Attendee[];
}

export function groupAttendees(attendees: readonly Attendee[]): DepartmentGroup[] {
  const groups = new Map<string, DepartmentGroup>();
  for (const a of attendees) {
    const department = a.department.trim();
    let g = groups.get(department);
    if (!g) groups.set(department, (g = { department, people: [] }));
    g.people.push(a);
  }
  return [...groups.values()];
}

export type AttendanceCounts = Record<Attendee['attendance'], number> & { substitutes: number };

export function attendanceCounts(attendees: readonly Attendee[]): AttendanceCounts {
  const out: AttendanceCounts = { unknown: 0, present: 0, late: 0, absent: 0, substitutes: 0 };
  for (const a of attendees) {
    out[a.attendance]++;
    if (a.attendance === 'absent' && a.substitute.trim()) out.substitutes++;
  }
  return out;
}

/** Everyone not yet signed in is present (the usual case once absentees are marked). */
export function markRestPresent(attendees: Attendee[]): Attendee[] {
  if (!attendees.some((a) => a.attendance === 'unknown')) return attendees;
  return attendees.map((a) => (a.attendance === 'unknown' ? { ...a, attendance: 'present' } : a));
}

export interface Person {
  name: string;
  department: string;
}

export interface Directory {
  departments: string[];
  people: Person[];
}

/**
 * Departments and people from rosters, most often seen first (ties: in the order met, so pass the
 * most recent roster first). Substitutes count as people of the department they attend for.
 */
export function buildDirectory(rosters: readonly (readonly Attendee[])[]): Directory {
  const departments = new Map<string, number>();
  const people = new Map<string, { person: Person; n: number }>();
  const count = (name: string, department: string) => {
    const n = name.trim();
    const d = department.trim();
    if (d) departments.set(d, (departments.get(d) ?? 0) + 1);
    if (!n) return;
    const k = `${n}\u0000${d}`;
    const seen = people.get(k);
    if (seen) seen.n++;
    else people.set(k, { person: { name: n, department: d }, n: 1 });
  };
  for (const roster of rosters) {
    for (const a of roster) {
      count(a.name, a.department);
      if (a.substitute.trim()) count(a.substitute, a.department);
    }
  }
  const sorted = <T>(m: Map<string, T>, n: (v: T) => number) =>
    [...m.entries()].map(([k, v], i) => ({ k, v, i })).sort((a, b) => n(b.v) - n(a.v) || a.i - b.i);
  return {
    departments: sorted(departments, (n) => n).map((x) => x.k),
    people: sorted(people, (x) => x.n).map((x) => x.v.person),
  };
}

/** The names a talking point may be attributed to: attendees and their substitutes. */
export function speakersOf(attendees: readonly Attendee[]): string[] {
  const names = attendees.flatMap((a) => [a.name.trim(), a.substitute.trim()]).filter(Boolean);
  return [...new Set(names)];
}

/** The department a speaker belongs to (a substitute: the one they attend for), else ''. */
export function departmentOf(attendees: readonly Attendee[], speaker: string): string {
  const s = speaker.trim().toLowerCase();
  if (!s) return '';
  const hit =
    attendees.find((a) => a.name.trim().toLowerCase() === s) ??
    attendees.find((a) => a.substitute.trim().toLowerCase() === s);
  return hit?.department.trim() ?? '';
}
