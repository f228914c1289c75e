/**
 * Sign-in from a paste: the template's own attendee lines ("参会部门及人员: 市场部: 张三、李四;
 * 销售部: 王五", "缺席人员及原因: 赵六(销售部,出差)——由钱七代参会") become attendees. Forgiving about
 * punctuation (full or half width, any of the separators people type), honest about the rest: what
 * cannot be read comes back in `unparsed` with its line number, so nothing pasted disappears.
 * Listed people get attendance 'unknown' (invited; sign-in marks them present), absentees 'absent'.
 */
import type { Attendee } from '../schema/meeting';
import {
  denormalize,
  isDepartment,
  normalizeLine,
  parsePerson,
  splitNames,
  splitTop,
  type PersonFields,
} from './roster-person';

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
/** Markdown and list decoration: "- ", "* ", "• ", "1. ", "2、", "**". */
const clean = (line: string) =>
  line
    .replaceAll('**', '')
    .replace(/^\s*(?:[-*•·▪]\s*|\d{1,2}[.、)）]\s*)/, '')
    .replace(/[。.]\s*$/, '')
    .trim();

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** findAttendee's answer when the name fits more than one person (two 张三, no department). */
export const AMBIGUOUS = -2;

/**
 * The person in `list` that `name`/`department` refers to: same name and department, or else the
 * only person of that name when one side does not say a department; -1 for nobody.
 */
export function findAttendee(
  list: readonly PersonFields[],
  name: string,
  department: string,
): number {
  const exact = list.findIndex((a) => same(a.name, name) && same(a.department, department));
  if (exact >= 0) return exact;
  const loose = list.flatMap((a, i) =>
    same(a.name, name) && (!a.department.trim() || !department.trim()) ? [i] : [],
  );
  return loose.length === 1 ? loose[0]! : loose.length ? AMBIGUOUS : -1;
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

export function parseRoster(input: string, knownDepartments: readonly string[] = []): RosterParse {
  const attendees: ParsedAttendee[] = [];
  const unparsed: Unparsed[] = [];
  const known = new Set(knownDepartments);
  let section: 'present' | 'absent' | 'other' = 'present';
  /** Set by a department line without names ("市场部:"), for the lines below it. */
  let carried = '';

  input.split(/\r?\n/).forEach((raw, index) => {
    const line = index + 1;
    let text = clean(raw);
    if (!text) return;
    const heading = PRESENT.exec(text) ?? ABSENT.exec(text) ?? OTHER.exec(text);
    if (heading) {
      section = PRESENT.test(text) ? 'present' : ABSENT.test(text) ? 'absent' : 'other';
      carried = '';
      text = text.slice(heading[0].length).trim();
    }
    if (section === 'other') {
      if (text || !heading) unparsed.push({ text: raw.trim(), line });
      return;
    }
    if (NOT_PEOPLE.test(text)) {
      unparsed.push({ text: raw.trim(), line });
      return;
    }
    for (const segment of splitTop(normalizeLine(text), /[;；]/)) {
      const [head = '', ...tail] = splitTop(segment, /[:：]/);
      let names = head;
      let department = carried;
      if (tail.length) {
        department = head.trim();
        names = tail.join(':').trim();
        if (!isDepartment(department)) {
          unparsed.push({ text: denormalize(segment), line });
          continue;
        }
        known.add(department);
        if (!names) carried = department;
      }
      if (NOBODY.test(names.trim())) continue;
      for (const chunk of splitNames(names)) {
        const person = parsePerson(chunk, department, section === 'absent', known);
        if (!person) {
          unparsed.push({ text: denormalize(chunk), line });
          continue;
        }
        // A repeated name merges into the first mention; an ambiguous one is listed as read.
        const i = findAttendee(attendees, person.name, person.department);
        if (i < 0) attendees.push({ ...person, line });
        else attendees[i] = absorb(attendees[i]!, person);
      }
    }
  });
  return { attendees, unparsed };
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
  let changed = false;
  for (const { line: _line, ...person } of parsed) {
    const i = findAttendee(out, person.name, person.department);
    if (i === AMBIGUOUS) continue;
    const next = i < 0 ? { id: newId(), ...person } : absorb(out[i]!, person);
    if (i >= 0 && next === out[i]) continue;
    if (i < 0) out.push(next);
    else out[i] = next;
    changed = true;
  }
  return changed ? out : existing;
}
