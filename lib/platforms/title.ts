/**
 * Meeting codes and titles from `document.title`. Sites wrap the meeting's own title in their
 * brand ('产品周会 - 腾讯会议', 'Meet - abc-defg-hij') or show one fixed title on every page
 * ('Launch Meeting - Zoom', '(2) Chat | Jane Doe | Microsoft Teams'); neither is worth storing,
 * so both come back as ''. A meeting ID printed in the title is moved to the code, not kept twice.
 */

const SEP = '\\s*[-–—|·:：]\\s*';
const EDGES = /^[\s\-–—|·:：#,，]+|[\s\-–—|·:：#,，]+$/g;
const CODE_LABEL =
  '(?:#?(?:腾讯会议|TencentMeeting|VooV Meeting)\\s*[:：]?|会议号|会议 ?ID|入会口令|Meeting (?:ID|number|code))\\s*[:：]?\\s*';
/** '123 456 789', '960-697-2663', '909 575 00367': meeting IDs as sites print them. */
const GROUPED_DIGITS = /(?<!\d)\d{3,4}(?:[ -]\d{3,5}){2,4}(?!\d)/;
const LABELLED_DIGITS = new RegExp(`${CODE_LABEL}(\\d{6,15})(?!\\d)`, 'i');
/** Titles are short; bounding the input bounds the regex work on a hostile page. */
const MAX_INPUT = 1000;
const MAX_TITLE = 200;

export interface TitleRules {
  /** The platform's names, stripped from either end ('腾讯会议', 'Microsoft Teams'). */
  brands: readonly string[];
  /** Page names that say nothing about this meeting, stripped from either end ('Launch Meeting'). */
  generic?: readonly string[];
  /** App sections that lead the title outside a call ('Chat | …'): such a title is not a meeting's. */
  sections?: readonly string[];
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: readonly string[]) => words.map(escapeRegExp).join('|');
const normalise = (text: string) => text.toLowerCase().replace(/[\s\-_]/g, '');

/** The digits of a meeting ID printed in `text` ('会议号：123 456 789' → '123456789'), or ''. */
export function codeInText(text: string): string {
  const head = text.slice(0, MAX_INPUT);
  const found = GROUPED_DIGITS.exec(head)?.[0] ?? LABELLED_DIGITS.exec(head)?.[1] ?? '';
  return found.replace(/\D/g, '');
}

/**
 * Whether `title` is nothing but the platform's names and generic words, written together or
 * apart ('腾讯会议网页版' is 腾讯会议 + 网页版): the site's name, never the meeting's.
 */
function onlyNoise(title: string, words: readonly string[]): boolean {
  const sorted = words.map((w) => w.toLowerCase()).sort((a, b) => b.length - a.length);
  let rest = title.toLowerCase();
  for (;;) {
    rest = rest.replace(/^[\s\-–—|·:：#,，]+/, '');
    if (!rest) return true;
    const word = sorted.find((w) => rest.startsWith(w));
    if (!word) return false;
    rest = rest.slice(word.length);
  }
}

/** The meeting's own title inside a page title, or '' when the page title names no meeting. */
export function cleanTitle(raw: string, rules: TitleRules, code = ''): string {
  let title = raw
    .slice(0, MAX_INPUT)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\(\d+\)\s*/, ''); // unread-count badge: '(3) Chat | …'
  if (rules.sections?.length) {
    if (new RegExp(`^(?:${alternatives(rules.sections)})(?:${SEP})`, 'i').test(title)) return '';
  }
  if (/^\d+$/.test(code)) {
    const digits = code.split('').join('[ -]?');
    title = title.replace(new RegExp(`(?:${CODE_LABEL})?(?<!\\d)${digits}(?!\\d)`, 'gi'), ' ');
    title = title.replace(/[(（[【]\s*[)）\]】]/g, ' ');
  }
  const noise = alternatives([...rules.brands, ...(rules.generic ?? [])]);
  const ends = new RegExp(`^(?:${noise})(?:${SEP}|$)|(?:^|${SEP})(?:${noise})$`, 'i');
  for (let before = ''; before !== title;) {
    before = title;
    title = title.replace(ends, '').replace(EDGES, '').replace(/\s+/g, ' ');
  }
  if (!title || (code && normalise(title) === normalise(code))) return '';
  if (onlyNoise(title, [...rules.brands, ...(rules.generic ?? [])])) return '';
  return title.slice(0, MAX_TITLE).trim();
}
