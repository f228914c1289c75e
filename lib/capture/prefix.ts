/**
 * Inline prefixes, so the recorder tags a talking point without leaving the keyboard:
 *
 *   @市场部            department; a known one matches by its longest name and needs no space after
 *                      it ("@市场部转化率低"), a beginning completes ("@市场" → 市场部), an unknown
 *                      one is taken as typed, up to the next space
 *   #张三  @@张三      speaker, matched the same way against the known speakers
 *   !分歧 !共识 !决议 !观点   kind; also !分 !共 !决 !观, !x !c !d !v and the English words
 *   分歧: 共识: 决议: 观点:   kind, as the template writes it; also disagreement: consensus: …
 *
 * In any order, each at most once; the rest is the text. A `:`/`：` right after a prefix is part
 * of it. Anything that is not a complete prefix stays in the text, so nothing typed is lost (a
 * second `@dept`, `#1`, a lone `@`).
 *
 * Both run on every keystroke in a point that may be 10,000 characters long, so neither looks
 * further than it must: the prefixes are read in the first `HEAD` characters (three prefixes
 * with the longest names the schema keeps fit), the completion looks at the last word only.
 */
import { POINT_KINDS, type TalkingPoint } from '../schema/meeting';

export type PointKind = TalkingPoint['kind'];

/** Per kind: zh word, en word, zh short, en short (the first two are the colon forms too). */
export const KIND_MARKERS: Record<PointKind, readonly [string, string, string, string]> = {
  viewpoint: ['观点', 'viewpoint', '观', 'v'],
  disagreement: ['分歧', 'disagreement', '分', 'x'],
  consensus: ['共识', 'consensus', '共', 'c'],
  decision: ['决议', 'decision', '决', 'd'],
};

export interface Prefixed {
  department?: string;
  speaker?: string;
  kind?: PointKind;
  text: string;
}

type Step =
  | { field: 'department' | 'speaker'; value: string; length: number }
  | { field: 'kind'; value: PointKind; length: number };

const ALIASES = POINT_KINDS.flatMap((kind) => KIND_MARKERS[kind].map((a) => ({ a, kind }))).sort(
  (x, y) => y.a.length - x.a.length,
);
const COLON_FORM = /^(观点|分歧|共识|决议|viewpoint|disagreement|consensus|decision)\s*[:：]/i;
const SPEAKER = /^(?:@@|＠＠|[#＃])/;
const DEPARTMENT = /^[@＠]/;
const KIND = /^[!！]/;
const isAscii = (c: string | undefined) => !!c && /[A-Za-z0-9]/.test(c);
const isSpace = (c: string | undefined) => !!c && /\s/.test(c);
const lower = (s: string) => s.toLowerCase();
/** The longest department or speaker name the schema keeps (lib/schema/meeting.ts). */
const MAX_NAME = 100;
/** The longest prefix: a two-character marker, a name, a colon. */
const MAX_TOKEN = MAX_NAME + 3;
/** Where prefixes can be: three of the longest, with some space between them. */
const HEAD = 4 * MAX_TOKEN;

/** The known name `s` starts with (longest first), else the typed token completed if it can be. */
function matchName(s: string, known: readonly string[]): { value: string; length: number } | null {
  let best = '';
  const start = lower(s.slice(0, MAX_NAME + 1));
  for (const k of known) {
    const ok = k.length > best.length && start.startsWith(lower(k));
    if (ok && !(isAscii(k.at(-1)) && isAscii(s[k.length]))) best = k;
  }
  let value = best;
  let length = best.length;
  if (!best) {
    const token = /^[^\s:：@＠#＃!！]+/.exec(s.slice(0, MAX_NAME + 1))?.[0] ?? '';
    if (!/^\p{L}/u.test(token) || token.length > MAX_NAME) return null;
    const completions = known.filter((k) => lower(k).startsWith(lower(token)));
    value = completions.sort((a, b) => a.length - b.length)[0] ?? token;
    length = token.length;
  }
  if (/[:：]/.test(s[length] ?? '')) length++;
  return { value, length };
}

function readPrefix(
  s: string,
  departments: readonly string[],
  speakers: readonly string[],
): Step | null | undefined {
  const marker = SPEAKER.exec(s) ?? DEPARTMENT.exec(s);
  if (marker) {
    const field = SPEAKER.test(s) ? 'speaker' : 'department';
    const m = matchName(s.slice(marker[0].length), field === 'speaker' ? speakers : departments);
    return m && ({ field, value: m.value, length: marker[0].length + m.length } satisfies Step);
  }
  if (KIND.test(s)) {
    const rest = lower(s.slice(1, MAX_TOKEN));
    const hit = ALIASES.find(
      ({ a }) => rest.startsWith(a) && !(isAscii(a.at(-1)) && isAscii(rest[a.length])),
    );
    if (!hit) return null;
    const length = 1 + hit.a.length + (/[:：]/.test(rest[hit.a.length] ?? '') ? 1 : 0);
    return { field: 'kind', value: hit.kind, length };
  }
  const colon = COLON_FORM.exec(s);
  const kind = colon && ALIASES.find(({ a }) => a === lower(colon[1]!))?.kind;
  return kind ? ({ field: 'kind', value: kind, length: colon[0].length } satisfies Step) : null;
}

const skipSpace = (s: string, at: number) => {
  while (isSpace(s[at])) at++;
  return at;
};

/** What the prefixes say, and where the text after them starts (`end`). */
export function readPrefixes(
  input: string,
  departments: readonly string[] = [],
  speakers: readonly string[] = [],
): Omit<Prefixed, 'text'> & { end: number } {
  const head = input.slice(0, HEAD);
  const out: Omit<Prefixed, 'text'> = {};
  let at = skipSpace(head, 0);
  for (;;) {
    const step = readPrefix(head.slice(at), departments, speakers);
    if (!step || out[step.field] !== undefined) break;
    // A prefix cut off by the end of the head may go on: it is not read as a shorter one.
    if (at + step.length >= head.length && head.length < input.length) break;
    if (step.field === 'kind') out.kind = step.value;
    else out[step.field] = step.value;
    at = skipSpace(head, at + step.length);
  }
  return { ...out, end: at };
}

export function parsePrefix(
  input: string,
  departments: readonly string[] = [],
  speakers: readonly string[] = [],
): Prefixed {
  const { end, ...fields } = readPrefixes(input, departments, speakers);
  return { ...fields, text: input.slice(end).trim() };
}

export interface PrefixHint {
  field: 'department' | 'speaker' | 'kind';
  /** Where the token being typed starts: replace `input.slice(from)` with a candidate's `insert`. */
  from: number;
  query: string;
  candidates: { value: string; insert: string }[];
}

/** Known names that start with the query first, then those that contain it. */
function filterNames(names: readonly string[], query: string): string[] {
  const q = lower(query);
  const unique = [...new Set(names.filter((n) => n.trim()))];
  const starts = unique.filter((n) => lower(n).startsWith(q));
  return [...starts, ...unique.filter((n) => !starts.includes(n) && lower(n).includes(q))];
}

/**
 * Completions for the prefix being typed at the end of `input` (the caret is at the end while a
 * point is typed), or null when the last token is text or nothing matches.
 */
export function prefixHint(
  input: string,
  departments: readonly string[],
  speakers: readonly string[] = [],
  locale: 'zh-CN' | 'en' = 'zh-CN',
): PrefixHint | null {
  // The last word, looked for from the end and no further than the longest prefix.
  let from = input.length;
  while (from > 0 && input.length - from <= MAX_TOKEN && !isSpace(input[from - 1])) from--;
  const word = input.slice(from);
  if (!word || word.length > MAX_TOKEN || (from > 0 && !isSpace(input[from - 1]))) return null;
  // Only prefixes before it: else it is text, and `@` in text is just a character.
  if (from > HEAD) return null;
  const before = readPrefixes(input.slice(0, from), departments, speakers);
  const marker = SPEAKER.exec(word) ?? DEPARTMENT.exec(word) ?? KIND.exec(word);
  if (!marker || before.end < from) return null;
  const query = word.slice(marker[0].length);
  let hint: PrefixHint;
  if (KIND.test(marker[0])) {
    const q = lower(query);
    const lang: 0 | 1 = (q ? isAscii(q[0]) : locale === 'en') ? 1 : 0;
    const candidates = POINT_KINDS.filter((k) => KIND_MARKERS[k].some((a) => a.startsWith(q))).map(
      (value) => ({ value, insert: `${marker[0]}${KIND_MARKERS[value][lang]} ` }),
    );
    hint = { field: 'kind', from, query, candidates };
  } else {
    const field = SPEAKER.test(marker[0]) ? 'speaker' : 'department';
    const candidates = filterNames(field === 'speaker' ? speakers : departments, query).map(
      (value) => ({ value, insert: `${marker[0]}${value} ` }),
    );
    hint = { field, from, query, candidates };
  }
  return hint.candidates.length && before[hint.field] === undefined ? hint : null;
}
