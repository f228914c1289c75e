import { neutraliseFormula } from './csv';
import { buildOutline, type Block, type Outline } from './outline';
import type { ExportInput, ExportOptions } from './types';

/**
 * The text/plain clipboard flavour: what chat apps (钉钉, 企业微信, 飞书) show when they do not
 * take HTML. Plain text needs no escaping to be inert, but the action plan is tab-separated so it
 * pastes into a spreadsheet as a table, and for that reason its cells get the same formula guard
 * as the CSV; line breaks inside a cell become " / " and tabs spaces, so a row stays one line.
 */

const HEADINGS = {
  'zh-CN': (t: string) => `【${t}】`,
  en: (t: string) => `=== ${t} ===`,
};

/** User line breaks kept, continuation lines indented under the item they belong to. */
const lines = (text: string, indent: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .trim()
    .replace(/\n[ \t]*/g, `\n${indent}`);

const cell = (text: string) =>
  neutraliseFormula(
    text
      .trim()
      .replace(/[\r\n]+[\t ]*/g, ' / ')
      .replace(/\t/g, ' '),
  );

function block(b: Block, colon: string): string {
  switch (b.type) {
    case 'paragraph':
      return lines(b.text, '');
    case 'list':
      return b.items
        .map((item, i) => `${b.ordered ? `${i + 1}.` : '-'} ${lines(item, '   ')}`)
        .join('\n');
    case 'fields':
      return b.rows
        .map(({ label, lines: ls }) =>
          ls.length > 1
            ? `${label}${colon.trim()}\n${ls.map((l) => `  ${lines(l, '  ')}`).join('\n')}`
            : `${label}${colon}${lines(ls[0] ?? '', '  ')}`,
        )
        .join('\n');
    case 'entries':
      return b.entries
        .map(({ label, texts }) =>
          texts.length > 1
            ? `- ${label}${colon.trim()}\n${texts.map((t) => `  - ${lines(t, '    ')}`).join('\n')}`
            : `- ${label}${colon}${lines(texts[0] ?? '', '  ')}`,
        )
        .join('\n');
    case 'table':
      return [b.columns, ...b.rows].map((r) => r.map(cell).join('\t')).join('\n');
  }
}

export function renderPlainText(outline: Outline): string {
  const heading = HEADINGS[outline.locale];
  const parts = [outline.heading];
  for (const s of outline.sections) {
    const body = s.blocks.map((b) => block(b, outline.colon)).join('\n');
    const title = s.title === null ? '' : s.level === 1 ? heading(s.title) : s.title;
    parts.push([title, body].filter(Boolean).join('\n'));
  }
  parts.push(`—— ${outline.footer}`);
  return `${parts.join('\n\n')}\n`;
}

export const exportPlainText = (input: ExportInput, options: ExportOptions = {}): string =>
  renderPlainText(buildOutline(input, options));
