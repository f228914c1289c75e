import { expect } from 'vitest';

/**
 * A small RFC 5545 reader for the tests: checks the physical form (CRLF only, lines of at most
 * 75 octets, folds that never split a UTF-8 sequence), unfolds, and builds the component tree,
 * failing on any BEGIN/END that does not balance.
 */
export interface Property {
  name: string;
  params: string;
  value: string;
}
export interface Component {
  name: string;
  props: Property[];
  children: Component[];
}

export const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

export function checkPhysical(ics: string): string[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  const bytes = new TextEncoder().encode(ics);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: string[] = [];
  let start = 0;
  for (let i = 0; i < bytes.length; i++) {
    if (bytes[i] === 0x0d || bytes[i] === 0x0a) {
      expect(bytes[i], `bare LF at byte ${i}`).toBe(0x0d);
      expect(bytes[i + 1], `bare CR at byte ${i}`).toBe(0x0a);
      const line = bytes.subarray(start, i);
      expect(line.length, decoder.decode(line)).toBeLessThanOrEqual(75);
      lines.push(decoder.decode(line)); // throws if a fold split a character
      start = i + 2;
      i++;
    }
  }
  return lines;
}

export function unfold(lines: string[]): string[] {
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line) && out.length) out[out.length - 1] += line.slice(1);
    else out.push(line);
  }
  return out;
}

export function parseIcs(ics: string): Component {
  const root: Component = { name: '', props: [], children: [] };
  const stack = [root];
  for (const line of unfold(checkPhysical(ics))) {
    const m = /^([A-Z0-9-]+)((?:;[^:]*)?):(.*)$/.exec(line);
    expect(m, `not a content line: ${line}`).not.toBeNull();
    const [, name, params, value] = m!;
    const top = stack[stack.length - 1]!;
    if (name === 'BEGIN') {
      const child = { name: value!, props: [], children: [] };
      top.children.push(child);
      stack.push(child);
    } else if (name === 'END') {
      expect(top.name, `END:${value} closes ${top.name}`).toBe(value);
      stack.pop();
    } else {
      top.props.push({ name: name!, params: params!, value: value! });
    }
  }
  expect(stack).toHaveLength(1);
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

export const prop = (c: Component, name: string) => c.props.find((p) => p.name === name);
export const events = (cal: Component) => cal.children.filter((c) => c.name === 'VEVENT');
