/**
 * The character-level work of reading a pasted roster, written as single left-to-right scans so
 * that every step is linear in the line's length. (The regular expressions these replace
 * backtracked: `\s*[—–-]*\s*(?:由\s*)?(\S+?)\s*代参会` over a run of spaces or dashes tried every
 * split of the run at every start, and 1 KB of spaces took seconds.) Every loop here either moves
 * forward or scans back only over text no earlier step has scanned back over.
 *
 * Substitute clauses ("——由钱七代参会", "代参会人:钱七", "- substitute: Erin") are rewritten to a
 * private marker around the substitute's name first, so that the name lists can be split on
 * commas and spaces without tearing "由 钱七 代参会" apart.
 */

import { among, isSpace, Parts, splitTop } from '../text-split';

/** Private-use characters, removed from the pasted text first, so they cannot clash with it. */
export const OPEN = '\uE000';
export const CLOSE = '\uE001';

/**
 * `s` with each marked name replaced by `to(name)`. A scan with indexOf: V8's global replace with
 * a `$1` pattern took 60× the time for 10× as many markers.
 */
export function replaceMarkers(s: string, to: (name: string) => string): string {
  const parts = new Parts();
  let at = 0;
  for (let open = s.indexOf(OPEN); open >= 0; open = s.indexOf(OPEN, at)) {
    const close = s.indexOf(CLOSE, open + 1);
    if (close < 0) break;
    parts.add(s.slice(at, open), to(s.slice(open + 1, close)));
    at = close + 1;
  }
  if (at === 0) return s;
  parts.add(s.slice(at));
  return parts.toString();
}

const isDash = among('—–-－');
const PUNCTUATION = among('、,，/;；()（）:：');
const NAME_END = among('、,，/;；()（）');
/** Where an English substitute's name ends ('/' may be part of it). */
const EN_END = among('、,，;；()（）');
/** What ends a name: spaces, name and list separators, parentheses, colons, dashes; the end. */
const isStop = (code: number) =>
  Number.isNaN(code) || isSpace(code) || PUNCTUATION(code) || isDash(code);
/** What ends the name after "代参会人:" (a dash may be part of an English name there). */
const isNameEnd = (code: number) => Number.isNaN(code) || isSpace(code) || NAME_END(code);
const YOU = '由'.charCodeAt(0);
const OPEN_PAREN = among('(（');
const COLON = among(':：');

/** Moves back from `i` over spaces, then dashes, then spaces, never before `floor`. */
function backOverLead(s: string, i: number, floor: number): number {
  while (i > floor && isSpace(s.charCodeAt(i - 1))) i--;
  while (i > floor && isDash(s.charCodeAt(i - 1))) i--;
  while (i > floor && isSpace(s.charCodeAt(i - 1))) i--;
  return i;
}

/** Chinese endings of "X attends in (someone's) place", longest first. */
const ATTENDS = ['代为参会', '代为出席', '代参会', '代出席'];

interface Clause {
  start: number;
  end: number;
  name: string;
}

/**
 * The substitute clause whose keyword `代…` starts at `k`, or null. Scans back for the name no
 * further than `floor` (the end of the previous keyword), so each character is scanned back over
 * at most once in the whole line.
 */
function chineseClause(s: string, k: number, floor: number): Clause | null {
  if (s.startsWith('代参会人', k)) {
    let j = k + 4;
    while (isSpace(s.charCodeAt(j))) j++;
    if (!COLON(s.charCodeAt(j))) return null;
    j++;
    while (isSpace(s.charCodeAt(j))) j++;
    const from = j;
    while (!isNameEnd(s.charCodeAt(j))) j++;
    if (j === from) return null;
    return { start: backOverLead(s, k, floor), end: j, name: s.slice(from, j) };
  }
  const word = ATTENDS.find((w) => s.startsWith(w, k));
  // A bare 代 at the end of a clause ("——由钱七代"): only after 由 or a dash, since a name can
  // end in 代 and "钱七代赵六" is read later, as one chunk.
  const bare = !word && isStop(s.charCodeAt(k + 1));
  if (!word && !bare) return null;
  let i = k;
  while (i > floor && isSpace(s.charCodeAt(i - 1))) i--;
  const nameEnd = i;
  while (i > floor && !isStop(s.charCodeAt(i - 1))) i--;
  let nameStart = i;
  if (s.charCodeAt(nameStart) === YOU && nameEnd - nameStart > 1) nameStart++;
  else {
    let j = i;
    while (j > floor && isSpace(s.charCodeAt(j - 1))) j--;
    if (j > floor && s.charCodeAt(j - 1) === YOU) i = j - 1;
  }
  if (nameEnd === nameStart) return null;
  const start = backOverLead(s, i, floor);
  const led = s.charCodeAt(i) === YOU || start < i - countSpaces(s, start, i);
  if (bare && !led) return null;
  return { start, end: k + (word?.length ?? 1), name: s.slice(nameStart, nameEnd) };
}

const ENGLISH = /\b(?:substituted by|substitute|represented by|proxy)\b/gi;

/** "- substitute: Erin", "represented by Erin": the name runs to the next separator. */
function englishClauses(s: string): Clause[] {
  const out: Clause[] = [];
  let floor = 0;
  for (const m of s.matchAll(ENGLISH)) {
    if (m.index < floor) continue;
    let j = m.index + m[0].length;
    while (isSpace(s.charCodeAt(j))) j++;
    if (COLON(s.charCodeAt(j))) j++;
    while (isSpace(s.charCodeAt(j))) j++;
    // "substitute for Dave" names the absentee, not the substitute: read with the person.
    if (/^for\b/i.test(s.slice(j, j + 4))) continue;
    const from = j;
    while (j < s.length && !EN_END(s.charCodeAt(j))) j++;
    let end = j;
    while (end > from && isSpace(s.charCodeAt(end - 1))) end--;
    if (end > from)
      out.push({ start: backOverLead(s, m.index, floor), end, name: s.slice(from, end) });
    floor = j;
  }
  return out;
}

/** How many of the characters in [from, to) are spaces. */
function countSpaces(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isSpace(s.charCodeAt(i))) n++;
  return n;
}

function rewrite(s: string, clauses: readonly Clause[]): string {
  if (!clauses.length) return s;
  const parts = new Parts();
  let at = 0;
  for (const c of clauses) {
    parts.add(s.slice(at, c.start), OPEN, c.name, CLOSE);
    at = c.end;
  }
  parts.add(s.slice(at));
  return parts.toString();
}

/** Substitute clauses become markers; a parenthesis always belongs to the name before it. */
export function normalizeLine(line: string): string {
  let s = line.replace(/[\uE000\uE001]/g, '');
  const clauses: Clause[] = [];
  let floor = 0;
  for (let k = s.indexOf('代'); k >= 0; k = s.indexOf('代', k + 1)) {
    if (k < floor) continue;
    const clause = chineseClause(s, k, floor);
    if (clause) clauses.push(clause);
    floor = clause ? clause.end : k + 1;
  }
  s = rewrite(s, clauses);
  s = rewrite(s, englishClauses(s));
  return dropSpaceBeforeParen(s);
}

/** "赵六 (销售部)" → "赵六(销售部)": spaces before an opening parenthesis go. */
function dropSpaceBeforeParen(s: string): string {
  const kept = new Parts();
  let from = 0;
  for (let i = 0; i < s.length;) {
    if (!isSpace(s.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (isSpace(s.charCodeAt(j))) j++;
    if (OPEN_PAREN(s.charCodeAt(j))) {
      kept.add(s.slice(from, i));
      from = j;
    }
    i = j;
  }
  kept.add(s.slice(from));
  return kept.toString();
}

/** The text as the user would recognise it, for the `unparsed` report. */
export const denormalize = (s: string) => replaceMarkers(s, (name) => `由${name}代参会`).trim();

const NAME_SEPARATOR = among('、,，/');
/** The words between which 代 says "attends for": "钱七 代 赵六" is one substitute clause. */
const FOR = new Set(['代', '代替']);

/** Names: `、,，/` between them; only when none is used do spaces separate (so "Alice Wang"). */
export function splitNames(names: string): string[] {
  const { pieces: parts, separated } = splitTop(names, NAME_SEPARATOR);
  if (separated) return parts;
  const words = splitTop(names, isSpace).pieces;
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    const next = words[i + 1];
    if (FOR.has(word) && out.length && next !== undefined) {
      out.push(`${out.pop()!}${word}${next}`);
      i++;
    } else out.push(word);
  }
  return out;
}

/**
 * Markdown and list decoration off a line ("- ", "* ", "• ", "1. ", "2、", "**") and a full stop
 * at its end.
 */
export function cleanLine(line: string): string {
  let s = line
    .replaceAll('**', '')
    .replace(/^\s*(?:[-*•·▪]\s*|\d{1,2}[.、)）]\s*)/, '')
    .trim();
  if (s.endsWith('。') || s.endsWith('.')) s = s.slice(0, -1).trimEnd();
  return s;
}
