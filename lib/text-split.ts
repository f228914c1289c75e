/**
 * Splitting typed and pasted text into its pieces, in single left-to-right scans on char codes:
 * linear in the text, and no one-character strings made on the way (V8 makes a new string for
 * each `s[i]` outside Latin-1, and a paste of Chinese names made thousands of them).
 */

/** The characters of `chars` as a test on char codes (no one-character strings in the scans). */
export function among(chars: string): (code: number) => boolean {
  const codes = new Set([...chars].map((c) => c.charCodeAt(0)));
  return (code) => codes.has(code);
}
/** What `\s` matches, by char code; NaN (past the end) is no space. */
export const isSpace = (code: number) =>
  (code >= 9 && code <= 13) ||
  code === 32 ||
  code === 0xa0 ||
  code === 0x1680 ||
  (code >= 0x2000 && code <= 0x200a) ||
  code === 0x2028 ||
  code === 0x2029 ||
  code === 0x202f ||
  code === 0x205f ||
  code === 0x3000 ||
  code === 0xfeff;
const OPEN_PAREN = among('(（');
const CLOSE_PAREN = among(')）');

/**
 * Builds a string from parts, leaving out empty ones: V8's Array.prototype.join takes time
 * quadratic in the number of empty strings among the parts (40× the time for 10× the parts).
 */
export class Parts {
  private readonly list: string[] = [];
  add(...parts: string[]) {
    for (const part of parts) if (part) this.list.push(part);
  }
  toString() {
    return this.list.join('');
  }
}

/**
 * The pieces of `s` between `separator`s (by char code) outside parentheses, trimmed, empty ones
 * left out (an array of thousands of empty strings is what makes V8 slow down, see `Parts`);
 * `separated` says whether any separator was met.
 */
export function splitTop(
  s: string,
  separator: (code: number) => boolean,
): { pieces: string[]; separated: boolean } {
  const pieces: string[] = [];
  let separated = false;
  let depth = 0;
  let start = 0;
  const add = (end: number) => {
    const piece = s.slice(start, end).trim();
    if (piece) pieces.push(piece);
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (OPEN_PAREN(c)) depth++;
    else if (CLOSE_PAREN(c) && depth > 0) depth--;
    else if (depth === 0 && separator(c)) {
      add(i);
      start = i + 1;
      separated = true;
    }
  }
  add(s.length);
  return { pieces, separated };
}

/** `s` split at its first `separator` outside parentheses: [before, after], or null for none. */
export function splitFirst(
  s: string,
  separator: (code: number) => boolean,
): [string, string] | null {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (OPEN_PAREN(c)) depth++;
    else if (CLOSE_PAREN(c) && depth > 0) depth--;
    else if (depth === 0 && separator(c)) return [s.slice(0, i).trim(), s.slice(i + 1).trim()];
  }
  return null;
}

/** The trimmed, non-empty pieces of `s` between `separator`s (parentheses do not matter). */
export function pieces(s: string, separator: (code: number) => boolean): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i <= s.length; i++) {
    if (i < s.length && !separator(s.charCodeAt(i))) continue;
    const piece = s.slice(start, i).trim();
    if (piece) out.push(piece);
    start = i + 1;
  }
  return out;
}

/** Where one entry of a typed list ends: 、 , ; in either width, or a new line. */
const LIST_SEPARATOR = among('、,，;；\n\r');

/**
 * A list typed on one line or several ("市场部，销售部", "Sales; Marketing", one per line): the
 * entries, trimmed, without empty ones. Full-width separators are what Chinese keyboards type.
 */
export const splitList = (text: string): string[] => pieces(text, LIST_SEPARATOR);

/** A list written back for editing, with the separator of the interface's language. */
export const joinList = (list: readonly string[], locale: string): string =>
  list.join(locale === 'zh-CN' ? '、' : ', ');
