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
const lower = (s: string) => s.toLowerCase();

/** The known name `s` starts with (longest first), else the typed token completed if it can be. */
function matchName(s: string, known: readonly string[]): { value: string; length: number } | null {
  let best = '';
  for (const k of known) {
    const ok = k.length > best.length && lower(s).startsWith(lower(k));
    if (ok && !(isAscii(k.at(-1)) && isAscii(s[k.length]))) best = k;
  }
  let value = best;
  let length = best.length;
  if (!best) {
    const token = /^[^\s:：@＠#＃!！]+/.exec(s)?.[0] ?? '';
    if (!/^\p{L}/u.test(token)) return null;
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
    const rest = lower(s.slice(1));
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

export function parsePrefix(
  input: string,
  departments: readonly string[] = [],
  speakers: readonly string[] = [],
): Prefixed {
  const out: Prefixed = { text: '' };
  let rest = input.trimStart();
  for (;;) {
    const step = readPrefix(rest, departments, speakers);
    if (!step || out[step.field] !== undefined) break;
    if (step.field === 'kind') out.kind = step.value;
    else out[step.field] = step.value;
    rest = rest.slice(step.length).trimStart();
  }
  out.text = rest.trim();
  return out;
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
  const token = /\S+$/.exec(input);
  if (!token) return null;
  const before = parsePrefix(input.slice(0, token.index), departments, speakers);
  const from = token.index;
  const marker = SPEAKER.exec(token[0]) ?? DEPARTMENT.exec(token[0]) ?? KIND.exec(token[0]);
  if (!marker || before.text) return null;
  const query = token[0].slice(marker[0].length);
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
