/**
 * The search's terms (issue 16): what a text is indexed under and what a query looks up.
 *
 * Chinese has no spaces, so a run of CJK characters is indexed as its overlapping pairs
 * (项目进度 → 项目 目进 进度) plus its last character alone: any substring of two or more
 * characters a user types is then found as the pairs it is made of, and a single character as
 * the prefix of a pair or the last character. Measured against `Intl.Segmenter` words
 * (test/bench/search.run.ts): the segmenter splits the same phrase differently in different
 * sentences (主要原因 in one, 主要|原因 in another) and a query for 原因 then misses, while pairs
 * find every substring for about the same number of distinct terms per meeting. Other scripts
 * are split on anything that is not a letter or digit and lowercased. NFKC first, so full-width
 * Ｑ３ and half-width Q3 are the same term.
 */

/** Han, kana, hangul and CJK symbols that are letters: the scripts written without spaces. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const TOKEN =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+|[\p{L}\p{N}]+/gu;

/** The text as it is searched: NFKC and lowercase (a snippet maps back by the same offsets). */
export const fold = (text: string) => text.normalize('NFKC').toLowerCase();

/** The terms of one CJK run: its pairs and its last character (every character starts one). */
function pairs(run: string, out: Set<string>) {
  const chars = [...run];
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  out.add(chars[chars.length - 1]!);
}

/** The distinct terms of `texts`, for the index. */
export function indexTerms(texts: Iterable<string>): string[] {
  const out = new Set<string>();
  for (const text of texts) {
    for (const [token] of fold(text).matchAll(TOKEN)) {
      if (CJK.test(token)) pairs(token, out);
      else out.add(token);
    }
  }
  return [...out];
}

export interface QueryTerm {
  term: string;
  /** The last word typed may be unfinished: it matches any term it begins (推 → 推广). */
  prefix: boolean;
}

/**
 * What a query looks up: every term must be in a record. A CJK run is its pairs (a single
 * character is a prefix); the last Latin word is a prefix, as the user may still be typing it.
 */
export function queryTerms(query: string): QueryTerm[] {
  const tokens = [...fold(query).matchAll(TOKEN)].map(([t]) => t);
  const out = new Map<string, QueryTerm>();
  tokens.forEach((token, i) => {
    const last = i === tokens.length - 1;
    if (!CJK.test(token)) return void out.set(token, { term: token, prefix: last });
    const chars = [...token];
    if (chars.length === 1) return void out.set(token, { term: token, prefix: true });
    for (let j = 0; j + 1 < chars.length; j++) {
      const term = chars[j]! + chars[j + 1]!;
      out.set(term, { term, prefix: false });
    }
  });
  return [...out.values()];
}

/** The words of a query as typed, folded, for marking matches in a snippet. */
export const queryWords = (query: string) => [
  ...new Set([...fold(query).matchAll(TOKEN)].map(([t]) => t)),
];
