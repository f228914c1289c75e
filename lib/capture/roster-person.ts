/**
 * One pasted person, e.g. `赵六(销售部,出差)——由钱七代参会` or `张三(市场部经理)`, read into attendee
 * fields. Substitute clauses are first rewritten to a private marker so that the name lists can be
 * split on commas and spaces without tearing "由 钱七 代参会" apart; parentheses are kept with the
 * name before them.
 */
import type { Attendee } from '../schema/meeting';

export type PersonFields = Omit<Attendee, 'id'>;

/** Private-use characters, removed from the pasted text first, so they cannot clash with it. */
const OPEN = '\uE000';
const CLOSE = '\uE001';
const MARKED = /\uE000([^\uE001]*)\uE001/g;
const SUBSTITUTES: [RegExp, string][] = [
  // 代参会人:钱七
  [/\s*[—–-]*\s*代参会人\s*[:：]\s*([^\s、,，/;；()（）]+)/g, `${OPEN}$1${CLOSE}`],
  // ——由钱七代参会, —由钱七代参会, -由钱七代参会, 由钱七代参会, 钱七代参会
  [/\s*[—–-]*\s*(?:由\s*)?([^\s、,，/;；()（）:：—–-]+?)\s*代参会/g, `${OPEN}$1${CLOSE}`],
  // Carol (Sales, travel) - substitute: Dave
  [
    /\s*[—–-]*\s*\b(?:substituted by|substitute|represented by|proxy)\s*[:：]?\s*([^,，、;；()（）]+?)(?=\s*(?:[,，、;；()（）]|$))/gi,
    `${OPEN}$1${CLOSE}`,
  ],
];

/** Substitute clauses become markers; a parenthesis always belongs to the name before it. */
export function normalizeLine(line: string): string {
  let out = line.replace(/[\uE000\uE001]/g, '');
  for (const [re, to] of SUBSTITUTES) out = out.replace(re, to);
  return out.replace(/\s+(?=[(（])/g, '');
}

/** The text as the user would recognise it, for the `unparsed` report. */
export const denormalize = (s: string) => s.replace(MARKED, '由$1代参会').trim();

/** Splits at `separators` that are outside parentheses. */
export function splitTop(s: string, separators: RegExp): string[] {
  const out: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
    else if (depth === 0 && separators.test(c)) {
      out.push(s.slice(start, i));
      start = i + 1;
    }
  }
  out.push(s.slice(start));
  return out;
}

/** Names: `、,，/` between them; only when none is used do spaces separate (so "Alice Wang"). */
export function splitNames(names: string): string[] {
  const parts = splitTop(names, /[、,，/]/);
  const chunks = parts.length > 1 ? parts : splitTop(names, /\s/);
  return chunks.map((c) => c.trim()).filter(Boolean);
}

const HAN_NAME = /^\p{Script=Han}{2,5}$|^\p{Script=Han}+(?:[·•]\p{Script=Han}+)+$/u;
const OTHER_NAME = /^\p{L}[\p{L}\p{M}'’.-]*(?: \p{L}[\p{L}\p{M}'’.-]*){0,3}$/u;
const hasHan = (s: string) => /\p{Script=Han}/u.test(s);
/** A Chinese name has 2 to 5 characters (more only with ·), so a sentence is not taken for one. */
const isName = (s: string) => s.length <= 40 && (hasHan(s) ? HAN_NAME : OTHER_NAME).test(s);
export const isDepartment = (s: string) =>
  /^[\p{L}\p{N}][\p{L}\p{M}\p{N}&·.'’ -]{0,39}$/u.test(s) && !/^\p{N}+$/u.test(s);

const DEPT_SUFFIX =
  /(?:部|中心|事业群|办公室|办|委员会|小组|组|团队|处|科|室)$|\b(?:dept|department|team)\b/i;
/**
 * 决策层 when the hint names a head. "总" alone only at the end (张总, 副总), so that a reason such as
 * "总部培训" is not read as a title.
 */
/** Words that make a lone parenthesis a reason for absence rather than a title. */
const ABSENCE =
  /出差|请假|休假|病假|事假|外出|另有|冲突|缺席|travel|leave|sick|vacation|holiday|conflict/i;
const DECISION_TITLE = /经理|总监|负责人|主管|部长|总裁|总$|\bVP\b|director|manager|head of|chief/i;

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
  const hints: string[] = [];
  const name = chunk
    .replace(MARKED, (_, s: string) => {
      substitute ||= s.trim();
      return '';
    })
    .replace(/[(（]([^()（）]*)[)）]/g, (_, h: string) => {
      hints.push(...h.split(/[,，、;；]/).map((s) => s.trim()));
      return '';
    })
    .trim();
  if (!isName(name) || /(?:部|中心|办公室|委员会|团队)$/.test(name)) return null; // 市场部 is no one

  let hintDepartment = '';
  let role: Attendee['role'] = 'executor';
  const reasons: string[] = [];
  const items = hints.filter(Boolean);
  for (const [i, hint] of items.entries()) {
    const isDept = DEPT_SUFFIX.test(hint) || knownDepartments.has(hint);
    if (!hintDepartment && isDept && isDepartment(hint)) hintDepartment = hint;
    else if (DECISION_TITLE.test(hint)) {
      role = 'decision';
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
