import { buildOutline, type Block, type Outline } from './outline';
import type { ExportInput, ExportOptions } from './types';

/**
 * Minutes as GitHub-flavoured Markdown. User text is escaped so it stays text: it cannot open a
 * heading, list, link, image, emphasis or raw HTML, and cannot break out of a table cell. Line
 * breaks inside user text become `<br>` (the only HTML we emit), which keeps every piece of user
 * text on the line our own markup started, so nothing the user typed ever begins a line.
 */

/** Backslash-escapes inline metacharacters; CommonMark allows `\` before any ASCII punctuation. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/[\\`*_[\]<>|&~#]/g, '\\$&')
    .replace(/^([-+=>])/, '\\$1')
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/\n[ \t]*/g, '<br>');
}

const e = escapeMarkdown;

function block(b: Block, colon: string): string {
  switch (b.type) {
    case 'paragraph':
      return e(b.text);
    case 'list':
      return b.items.map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${e(item)}`).join('\n');
    case 'fields':
      return b.rows
        .map(({ label, lines }) =>
          lines.length > 1
            ? `- **${e(label)}**${colon.trim()}\n${lines.map((l) => `  - ${e(l)}`).join('\n')}`
            : `- **${e(label)}**${lines[0] ? `${colon}${e(lines[0])}` : colon.trim()}`,
        )
        .join('\n');
    case 'entries':
      return b.entries
        .map(({ label, texts }) =>
          texts.length > 1
            ? `- **${e(label)}**${colon.trim()}\n${texts.map((t) => `  - ${e(t)}`).join('\n')}`
            : `- **${e(label)}**${colon}${e(texts[0] ?? '')}`,
        )
        .join('\n');
    case 'table': {
      const row = (cells: string[]) => `| ${cells.map(e).join(' | ')} |`;
      return [
        row(b.columns),
        `|${b.columns.map(() => ' --- |').join('')}`,
        ...b.rows.map(row),
      ].join('\n');
    }
  }
}

export function renderMarkdown(outline: Outline): string {
  const parts = [`# ${e(outline.heading)}`];
  for (const s of outline.sections) {
    if (s.title !== null) parts.push(`${s.level === 1 ? '##' : '###'} ${e(s.title)}`);
    parts.push(...s.blocks.map((b) => block(b, outline.colon)));
  }
  parts.push('---', `_${e(outline.footer)}_`);
  return `${parts.join('\n\n')}\n`;
}

export const exportMarkdown = (input: ExportInput, options: ExportOptions = {}): string =>
  renderMarkdown(buildOutline(input, options));
