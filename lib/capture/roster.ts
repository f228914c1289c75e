/**
 * Sign-in from a paste: the template's own attendee lines ("参会部门及人员: 市场部: 张三、李四;
 * 销售部: 王五", "缺席人员及原因: 赵六(销售部,出差)——由钱七代参会") become attendees. Forgiving about
 * punctuation (full or half width, any of the separators people type), honest about the rest: what
 * cannot be read comes back in `unparsed` with its line number, so nothing pasted disappears.
 * Listed people get attendance 'unknown' (invited; sign-in marks them present), absentees 'absent'.
 *
 * Linear in the paste's length (the paste box reads it as the user types; see roster-scan.ts):
 * lines are read one at a time by a `RosterReader`, which a view can also feed a few lines at a
 * time, and people are found by name through an index rather than by walking the list.
 */
import type { Attendee } from '../schema/meeting';
import { isDepartment, parsePerson, type PersonFields } from './roster-person';
import { among, splitFirst, splitTop } from '../text-split';
import { cleanLine, denormalize, normalizeLine, splitNames } from './roster-scan';

export type ParsedAttendee = PersonFields & { line: number };
export interface Unparsed {
  text: string;
  line: number;
}
export interface RosterParse {
  attendees: ParsedAttendee[];
  unparsed: Unparsed[];
}

const HEADING_END = String.raw`(?:\s*[:：]\s*|\s+|$)`;
const PRESENT = new RegExp(
  `^(?:参会部门及人员|参会部门|参会人员|与会人员|出席人员|参会人|attendees|participants)${HEADING_END}`,
  'i',
);
const ABSENT = new RegExp(
  `^(?:缺席人员及原因|缺席人员|缺席|请假人员|absentees|absent|apologies)${HEADING_END}`,
  'i',
);
/** The template's other fields: a whole template pasted does not turn its agenda into people. */
const OTHER = new RegExp(
  `^(?:会议名称|会议时间|会议地点|主持人|记录人|会议议程|讨论内容摘要|决议事项|行动计划|下次会议安排|审核)${HEADING_END}`,
);
/** Links, e-mail addresses, markup: not a list of people, and would split into nonsense names. */
const NOT_PEOPLE = /:\/\/|www\.|\S@\S|[<>{}[\]=$%^|\\~`]/;
/** "缺席人员及原因: 无": understood, nobody. */
const NOBODY = /^(?:无|没有|暂无|none|n\/a|nil|[-—]+)$/i;
const SEGMENT = among(';；');
const COLON = among(':：');

const key = (s: string) => s.trim().toLowerCase();

/** findAttendee's answer when the name fits more than one person (two 张三, no department). */
export const AMBIGUOUS = -2;

/**
 * The people of a list by name, for `find` in constant time per name. `add` keeps it current as
 * the list grows (indexes only ever point at the list it was built on).
 */
export function attendeeIndex(list: readonly PersonFields[]) {
  const byName = new Map<string, number[]>();
  const add = (i: number) => {
    const k = key(list[i]!.name);
    const at = byName.get(k);
    if (at) at.push(i);
    else byName.set(k, [i]);
  };
  list.forEach((_, i) => add(i));
  /**
   * The person that `name`/`department` refers to: same name and department, or else the only
   * person of that name when one side does not say a department; -1 for nobody.
   */
  const find = (name: string, department: string): number => {
    const same = byName.get(key(name)) ?? [];
    const dept = key(department);
    const exact = same.find((i) => key(list[i]!.department) === dept);
    if (exact !== undefined) return exact;
    const loose = same.filter((i) => !dept || !list[i]!.department.trim());
    return loose.length === 1 ? loose[0]! : loose.length ? AMBIGUOUS : -1;
  };
  return { find, add };
}

/** The person in `list` that `name`/`department` refers to (see `attendeeIndex`). */
export function findAttendee(
  list: readonly PersonFields[],
  name: string,
  department: string,
): number {
  return attendeeIndex(list).find(name, department);
}

/**
 * `into` with the attendee fields of `p`, written one by one: object spread costs a microsecond
 * or more per object in V8, which was most of the time for 8,000 names.
 */
function withFields<T extends object>(into: T, p: PersonFields): T & PersonFields {
  const out = into as T & PersonFields;
  out.name = p.name;
  out.department = p.department;
  out.role = p.role;
  out.attendance = p.attendance;
  out.absenceReason = p.absenceReason;
  out.substitute = p.substitute;
  return out;
}

/** What `update` says on top of `a`; never erases what it does not say. Same object if no change. */
function absorb<T extends PersonFields>(a: T, update: PersonFields): T {
  const next: T = {
    ...a,
    department: a.department || update.department,
    role: update.role === 'decision' ? 'decision' : a.role,
    attendance: update.attendance === 'unknown' ? a.attendance : update.attendance,
    absenceReason: update.absenceReason || a.absenceReason,
    substitute: update.substitute || a.substitute,
  };
  const keys = ['department', 'role', 'attendance', 'absenceReason', 'substitute'] as const;
  return keys.some((k) => next[k] !== a[k]) ? next : a;
}

/** Reads a roster line by line: `read` each line in order, then `result`. */
export class RosterReader {
  private readonly attendees: ParsedAttendee[] = [];
  private readonly unparsed: Unparsed[] = [];
  private readonly index = attendeeIndex(this.attendees);
  private readonly known: Set<string>;
  private section: 'present' | 'absent' | 'other' = 'present';
  /** Set by a department line without names ("市场部:"), for the lines below it. */
  private carried = '';

  constructor(knownDepartments: readonly string[] = []) {
    this.known = new Set(knownDepartments);
  }

  /** One line of the paste; `line` is its number (from 1). */
  read(raw: string, line: number): void {
    let text = cleanLine(raw);
    if (!text) return;
    const heading = PRESENT.exec(text) ?? ABSENT.exec(text) ?? OTHER.exec(text);
    if (heading) {
      this.section = PRESENT.test(text) ? 'present' : ABSENT.test(text) ? 'absent' : 'other';
      this.carried = '';
      text = text.slice(heading[0].length).trim();
    }
    if (this.section === 'other') {
      if (text || !heading) this.unparsed.push({ text: raw.trim(), line });
      return;
    }
    if (NOT_PEOPLE.test(text)) {
      this.unparsed.push({ text: raw.trim(), line });
      return;
    }
    for (const segment of splitTop(normalizeLine(text), SEGMENT).pieces)
      this.segment(segment, line);
  }

  private segment(segment: string, line: number) {
    const headed = splitFirst(segment, COLON);
    let names = segment;
    let department = this.carried;
    if (headed) {
      [department, names] = headed;
      if (!isDepartment(department)) {
        this.unparsed.push({ text: denormalize(segment), line });
        return;
      }
      this.known.add(department);
      if (!names) this.carried = department;
    }
    if (NOBODY.test(names)) return;
    for (const chunk of splitNames(names)) {
      const read = parsePerson(chunk, department, this.section === 'absent', this.known);
      if (!read) {
        this.unparsed.push({ text: denormalize(chunk), line });
        continue;
      }
      // A repeated name merges into the first mention; an ambiguous one is listed as read.
      const i = this.index.find(read.name, read.department);
      if (i < 0) {
        this.attendees.push(withFields({ line }, read));
        this.index.add(this.attendees.length - 1);
      } else this.attendees[i] = absorb(this.attendees[i]!, read);
    }
  }

  result(): RosterParse {
    return { attendees: this.attendees.slice(), unparsed: this.unparsed.slice() };
  }
}

/** The lines of a paste, as `RosterReader.read` takes them. */
export const rosterLines = (input: string) => input.split(/\r?\n/);

export function parseRoster(input: string, knownDepartments: readonly string[] = []): RosterParse {
  const reader = new RosterReader(knownDepartments);
  rosterLines(input).forEach((raw, i) => reader.read(raw, i + 1));
  return reader.result();
}

/**
 * Adds the people that are new and updates the ones already there (matched as in `findAttendee`):
 * never a duplicate, never a deletion. A name that fits several people changes nobody (the parse
 * result still shows it). The same array when nothing changes.
 */
export function mergeRoster(
  existing: Attendee[],
  parsed: readonly ParsedAttendee[],
  newId: () => string,
): Attendee[] {
  const out = existing.slice();
  const index = attendeeIndex(out);
  let changed = false;
  for (const p of parsed) {
    const i = index.find(p.name, p.department);
    if (i === AMBIGUOUS) continue;
    const next = i < 0 ? withFields({ id: newId() }, p) : absorb(out[i]!, p);
    if (i >= 0 && next === out[i]) continue;
    if (i < 0) {
      out.push(next);
      index.add(out.length - 1);
    } else out[i] = next;
    changed = true;
  }
  return changed ? out : existing;
}
