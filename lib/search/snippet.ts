/**
 * A hit's snippet: the part of a field around the first match, with every match in it marked,
 * as plain text and ranges (the view builds <mark> elements from them, never HTML).
 */
import { fold } from './terms';

export interface Snippet {
  text: string;
  /** [start, end) ranges of `text` to mark, in order, not overlapping. */
  marks: [number, number][];
  /** Whether text was cut before and after (the view shows an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
  /** How many of the query's words the field holds (the better hits first). */
  found: number;
}

const BEFORE = 16;
const WIDTH = 72;

/**
 * The snippet of `text` for the folded query `words`, or null when it holds none of them.
 * `folded` is `fold(text)`, when the caller has it already.
 */
export function snippetOf(
  text: string,
  words: readonly string[],
  folded = fold(text),
): Snippet | null {
  // Offsets of the folded text are the original's unless folding changed its length (rare:
  // ligatures, some compatibility characters); then the folded text is shown.
  const shown = folded.length === text.length ? text : folded;
  const ranges: [number, number][] = [];
  let found = 0;
  for (const word of words) {
    let at = folded.indexOf(word);
    if (at >= 0) found++;
    while (at >= 0 && word) {
      ranges.push([at, at + word.length]);
      at = folded.indexOf(word, at + word.length);
    }
  }
  if (!found) return null;
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const first = ranges[0]![0];
  const start = Math.max(0, Math.min(first - BEFORE, shown.length - WIDTH));
  const end = Math.min(shown.length, start + WIDTH);
  const marks: [number, number][] = [];
  for (const [a, b] of ranges) {
    if (a >= end) break;
    const last = marks[marks.length - 1];
    const from = Math.max(a, start) - start;
    const to = Math.min(b, end) - start;
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else marks.push([from, to]);
  }
  return {
    text: shown.slice(start, end),
    marks,
    cutBefore: start > 0,
    cutAfter: end < shown.length,
    found,
  };
}
