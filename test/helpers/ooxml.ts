import { strFromU8, unzipSync } from 'fflate';
import { expect } from 'vitest';
import type { ExportInput } from '../../lib/export/types';
import { seedInput } from './seed';

/** Readers for the Office exports (.docx, .xlsx): zip archives of XML parts. */

export async function unzipXml(blob: Blob): Promise<Record<string, string>> {
  const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
  return Object.fromEntries(
    Object.entries(files)
      .filter(([path]) => /\.(xml|rels)$/.test(path))
      .map(([path, data]) => [path, strFromU8(data)]),
  );
}

// The Char production of XML 1.0, and `&` that does not start a reference.
const XML_CHARS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i;

/**
 * Parses one XML part. happy-dom's parser reports broken nesting but lets control characters
 * and a bare `&` through, which Word and Excel reject, so those are checked on the text first.
 */
export function parseXml(xml: string, name = 'xml'): Document {
  expect(XML_CHARS.test(xml), `${name}: holds a character XML 1.0 forbids`).toBe(true);
  expect(BARE_AMPERSAND.test(xml), `${name}: holds an unescaped &`).toBe(false);
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), `${name}: does not parse`).toHaveLength(0);
  return doc;
}

/** Child elements with a (prefixed) name, e.g. `tags(tbl, 'w:tr')`. */
export const tags = (el: Element | Document, name: string): Element[] => [
  ...el.getElementsByTagName(name),
];

/** What a reader should see of hostile text: no XML-illegal characters, LF line ends. */
export const inert = (text: string): string =>
  text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF\uD800-\uDFFF]/g, '') // eslint-disable-line no-control-regex
    .replace(/\r\n?/g, '\n');

export const PAYLOADS = [
  "<script>alert(1)</script> ]]> & \u0001\u000B =cmd|' /C calc'!A0",
  "=cmd|' /C calc'!A0",
  '\u0001\u000B=1+1',
  '+1',
  '-1',
  '@SUM(A1)',
  '\t=1',
  '\r=1',
  ']]><![CDATA[',
  '&amp; &lt; &#0; &#x1;',
  'first line\r\nsecond line',
  '\uD800 lone surrogate \uFFFE',
];

/** The zh-CN seed with every text field of the meeting and its action plan set to `p`. */
export function hostileInput(p: string): ExportInput {
  const input = seedInput('zh-CN');
  const m = input.meeting;
  const fields = ['title', 'room', 'link', 'host', 'hostTitle', 'recorder', 'recorderTitle'];
  input.meeting = {
    ...m,
    ...Object.fromEntries(
      [...fields, 'goal', 'series', 'department', 'summary'].map((k) => [k, p]),
    ),
    attendees: m.attendees.map((a) => ({
      ...a,
      name: p,
      department: p,
      absenceReason: p,
      substitute: p,
    })),
    topics: m.topics.map((t) => ({ ...t, title: p, ownerName: p, ownerDepartment: p })),
    points: m.points.map((x) => ({ ...x, department: p, speaker: p, text: p })),
    decisions: m.decisions.map((d) => ({ ...d, text: p })),
    nextMeeting: { ...m.nextMeeting, purpose: p },
    review: { ...m.review, reviewer: p },
  };
  input.items = input.items.map((i) => ({
    ...i,
    ...Object.fromEntries(
      ['task', 'ownerName', 'ownerDepartment', 'support', 'notes', 'delayReason'].map((k) => [
        k,
        p,
      ]),
    ),
    collaborators: [p, p],
  }));
  return input;
}
