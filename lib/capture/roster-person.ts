/**
 * One pasted person, e.g. `赵六(销售部,出差)——由钱七代参会` or `张三(市场部经理)`, read into attendee
 * fields. The ways a substitute is commonly written all give the absentee with the substitute:
 *
 *   赵六(销售部,出差)——由钱七代参会   the template's own (a marker by now: roster-scan.ts)
 *   赵六(出差,钱七代参会)  赵六(钱七代)  赵六(由钱七代替)   the substitute inside the parentheses
 *   钱七(代赵六)  钱七(代赵六,出差)  钱七代赵六  钱七代替赵六参会   the substitute named first
 *   Erin (for Dave)  Erin (on behalf of Dave)                      the same in English
 *
 * A clause with 代 that fits none of these makes the chunk unreadable (listed, not guessed at).
 * Every chunk reaching here comes from a pasted line, so each step is linear in its length and
 * the patterns with backtracking only ever see bounded text.
 */
import type { Attendee } from '../schema/meeting';
import { among, pieces } from '../text-split';
import { replaceMarkers } from './roster-scan';

export type PersonFields = Omit<Attendee, 'id'>;

const HAN_NAME = /^\p{Script=Han}{2,5}$|^\p{Script=Han}+(?:[·•]\p{Script=Han}+)+$/u;
const OTHER_NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;
const MAX_NAME = 40;
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
/** A Chinese name has 2 to 5 characters (more only with ·), so a sentence is not taken for one. */
const isName = (s: string) => s.length <= MAX_NAME && (hasHan(s) ? HAN_NAME : OTHER_NAME).test(s);
export const isDepartment = (s: string) =>
  /^[\p{L}\p{N}][\p{L}\p{M}\p{N}&·.'’ -]{0,39}$/u.test(s) && !/^\p{N}+$/u.test(s);

const DEPT_SUFFIX =
  /(?:部|中心|事业群|办公室|办|委员会|小组|组|团队|处|科|室)$|\b(?:dept|department|team)\b/i;
/** Words that make a lone parenthesis a reason for absence rather than a title. */
const ABSENCE =
  /出差|请假|休假|病假|事假|外出|另有|冲突|缺席|travel|leave|sick|vacation|holiday|conflict/i;
/**
 * 决策层 when the hint names a head. "总" alone only at the end (张总, 副总), so that a reason such as
 * "总部培训" is not read as a title.
 */
const DECISION_TITLE = /经理|总监|负责人|主管|部长|总裁|总$|\bVP\b|director|manager|head of|chief/i;

const HINT_SEPARATOR = among(',，、;；');
/** "参会", "出席" after the name of whom someone attends for: "代赵六参会". */
const ATTEND_SUFFIX = /(?:参会|出席|开会)$/;
/** 代表 (represents), 代理 (acting), 代办: words with 代 that say nothing about substitutes. */
const NOT_FOR = /^代[表理办]/;
const FOR_EN =
  /^(?:substitut(?:e|ing) for|standing in for|stands in for|on behalf of|in place of|for)\s+/i;
/** A clause with 代 that names no one we can read: the chunk is listed as unreadable. */
const UNREAD_FOR = /^代(?![表理办])|代(?:替|为|参会|出席)|代$/;
/** The same in what is left as a name; a name may begin with 代 (a surname). */
const UNREAD_NAME = /代(?:替|为|参会|出席)|代$/;

/** "代赵六", "代替赵六参会", "for Dave": the person of this chunk attends for the one named. */
function attendsFor(hint: string): string | null {
  if (hint.length > MAX_NAME + 8) return null;
  const en = FOR_EN.exec(hint);
  const rest = en
    ? hint.slice(en[0].length)
    : /^(?:代替?|替)/.test(hint) && !NOT_FOR.test(hint)
      ? hint.replace(/^(?:代替?|替)\s*/, '').replace(ATTEND_SUFFIX, '')
      : null;
  const who = rest?.trim() ?? '';
  // "for the launch" is a reason: an English name here starts with a capital.
  return isName(who) && (hasHan(who) || /^\p{Lu}/u.test(who)) ? who : null;
}

/** "钱七代", "由钱七代替": the one named attends for the person of this chunk. */
function attendedBy(hint: string): string | null {
  if (hint.length > MAX_NAME + 8) return null;
  const m = /^(?:由\s*)?(.+?)\s*代替?$/.exec(hint);
  return m && isName(m[1]!) ? m[1]! : null;
}

/** "钱七代赵六", "钱七 代替 赵六参会": the first attends for the second; null for one name. */
function splitFor(name: string): { substitute: string; absentee: string } | null {
  if (name.length > 2 * MAX_NAME) return null;
  for (let i = name.indexOf('代', 1); i > 0; i = name.indexOf('代', i + 1)) {
    const substitute = name.slice(0, i).trim();
    const absentee = name
      .slice(i + 1)
      .replace(/^替/, '')
      .replace(ATTEND_SUFFIX, '')
      .trim();
    if (isName(substitute) && isName(absentee)) return { substitute, absentee };
  }
  return null;
}

/**
 * Reads one name with its parentheses. Inside them, in order: a department; a title, used only to
 * pick the role (Attendee has no title field, so the title text itself is not kept); then reasons
 * for absence. A reason or a substitute makes the person absent, as does `absent` (the line is
 * under 缺席人员). A lone hint that is none of these (项目助理) is a title of the executor level.
 * Returns null when what is left is not a plausible name.
 */
export function parsePerson(
  chunk: string,
  department: string,
  absent: boolean,
  knownDepartments: ReadonlySet<string>,
): PersonFields | null {
  let substitute = '';
  let clauses = 0;
  const hints: string[] = [];
  let name = replaceMarkers(chunk, (s) => {
    clauses++;
    substitute = s.trim();
    return '';
  })
    .replace(/[(（]([^()（）]*)[)）]/g, (_, h: string) => {
      hints.push(h);
      return '';
    })
    .trim();
  // Too long for any name, even "钱七代替赵六参会": read no further (the paste may be hostile).
  if (name.length > 2 * MAX_NAME) return null;

  // The substitute clauses first: whoever attends for whom.
  const items: string[] = [];
  let absentee = '';
  for (const hint of hints.flatMap((h) => pieces(h, HINT_SEPARATOR))) {
    const forWhom = attendsFor(hint);
    const by = forWhom === null ? attendedBy(hint) : null;
    if (forWhom !== null) absentee = forWhom;
    else if (by !== null) substitute = by;
    else if (UNREAD_FOR.test(hint)) return null;
    else {
      items.push(hint);
      continue;
    }
    clauses++;
  }
  const pair = clauses === 0 ? splitFor(name) : null;
  if (pair) {
    ({ substitute, absentee } = pair);
    clauses++;
  } else if (absentee) {
    substitute = name;
  } else if (UNREAD_NAME.test(name) && name.length > 2) return null; // "钱七代": for whom?
  if (absentee) name = absentee;
  if (clauses > 1 || !isName(name) || /(?:部|中心|办公室|委员会|团队)$/.test(name)) return null;

  let hintDepartment = '';
  let role: Attendee['role'] = 'executor';
  const reasons: string[] = [];
  for (const [i, hint] of items.entries()) {
    const isDept = DEPT_SUFFIX.test(hint) || knownDepartments.has(hint);
    if (!hintDepartment && isDept && isDepartment(hint)) hintDepartment = hint;
    else if (DECISION_TITLE.test(hint)) {
      // The title of whoever the chunk named; with "钱七(销售部经理,代赵六)" that is the substitute.
      if (!pair && !absentee) role = 'decision';
      hintDepartment ||= /^(.+?(?:部|中心))(?=.)/.exec(hint)?.[1] ?? '';
    } else if (i === 0 && items.length > 1 && !hasHan(hint) && isDepartment(hint)) {
      hintDepartment ||= hint; // "Carol (Sales, travel)": a Chinese department has a suffix
    } else if (absent || i > 0 || substitute || ABSENCE.test(hint)) reasons.push(hint);
  }
  const isAbsent = absent || reasons.length > 0 || substitute !== '';
  return {
    name,
    department: hintDepartment || department,
    role,
    attendance: isAbsent ? 'absent' : 'unknown',
    absenceReason: reasons.join(','),
    substitute,
  };
}
