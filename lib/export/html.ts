import { buildOutline, type Block, type Outline } from './outline';
import type { ExportInput, ExportOptions } from './types';

/**
 * Minutes as one standalone HTML document: the text/html clipboard flavour (pasted into OA,
 * e-mail, Word) and the print page (PDF). Every user string goes through `escapeHtml`, so user
 * text can only ever be text; the CSP meta forbids scripts even if that ever failed. The CSS is
 * inline and small: A4 margins, tables that repeat their header row across pages.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** Escaped, with the user's line breaks kept as <br>. */
const h = (text: string): string =>
  escapeHtml(text.replace(/\r\n?/g, '\n').trim()).replace(/\n/g, '<br>');

const CSS = `@page { size: A4; margin: 18mm 16mm; }
body { font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif; font-size: 10.5pt; line-height: 1.55; color: #111; max-width: 178mm; margin: 0 auto; }
h1 { font-size: 16pt; text-align: center; margin: 0 0 12pt; }
h2 { font-size: 12pt; margin: 14pt 0 6pt; border-bottom: 1px solid #999; }
h3 { font-size: 10.5pt; margin: 10pt 0 4pt; }
h2, h3 { break-after: avoid; }
table { border-collapse: collapse; width: 100%; margin: 4pt 0; }
th, td { border: 1px solid #666; padding: 3pt 5pt; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; font-weight: 600; }
table.fields th { width: 24%; white-space: nowrap; }
table.plan { font-size: 9pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
ul, ol { margin: 2pt 0; padding-left: 20pt; }
footer { margin-top: 16pt; font-size: 8.5pt; color: #555; }`;

function block(b: Block, colon: string): string {
  switch (b.type) {
    case 'paragraph':
      return `<p>${h(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>\n${b.items.map((i) => `<li>${h(i)}</li>`).join('\n')}\n</${tag}>`;
    }
    case 'fields':
      return `<table class="fields"><tbody>\n${b.rows
        .map(
          (r) =>
            `<tr><th scope="row">${h(r.label)}</th><td>${r.lines.map(h).join('<br>')}</td></tr>`,
        )
        .join('\n')}\n</tbody></table>`;
    case 'entries':
      return `<ul>\n${b.entries
        .map((x) =>
          x.texts.length > 1
            ? `<li><strong>${h(x.label)}</strong>${escapeHtml(colon)}<ul>${x.texts.map((t) => `<li>${h(t)}</li>`).join('')}</ul></li>`
            : `<li><strong>${h(x.label)}</strong>${escapeHtml(colon)}${h(x.texts[0] ?? '')}</li>`,
        )
        .join('\n')}\n</ul>`;
    case 'table':
      return `<table class="plan"><thead><tr>${b.columns
        .map((c) => `<th scope="col">${h(c)}</th>`)
        .join('')}</tr></thead><tbody>\n${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${h(c)}</td>`).join('')}</tr>`)
        .join('\n')}\n</tbody></table>`;
  }
}

export function renderHtml(outline: Outline): string {
  const body = [`<h1>${h(outline.heading)}</h1>`];
  for (const s of outline.sections) {
    if (s.title !== null) body.push(`<h${s.level + 1}>${h(s.title)}</h${s.level + 1}>`);
    body.push(...s.blocks.map((b) => block(b, outline.colon)));
  }
  body.push(`<footer>${h(outline.footer)}</footer>`);
  return `<!DOCTYPE html>
<html lang="${outline.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(outline.name.replace(/\s+/g, ' ').trim())}</title>
<style>
${CSS}
</style>
</head>
<body>
${body.join('\n')}
</body>
</html>
`;
}

export const exportHtml = (input: ExportInput, options: ExportOptions = {}): string =>
  renderHtml(buildOutline(input, options));
