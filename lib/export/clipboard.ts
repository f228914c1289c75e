import { escapeHtml } from './html';
import { buildOutline, type Block, type Outline } from './outline';
import { renderPlainText } from './plainText';
import type { ExportInput, ExportOptions } from './types';

/**
 * Minutes for the clipboard, to paste into chat (WeCom, DingTalk, Feishu), OA editors and e-mail.
 * Those editors drop <head> and <style>, so this is a fragment with the few styles that matter
 * written on each element, and tables carry `border`/`cellpadding` attributes as well, which the
 * plainest rich-text editors still honour: the action plan stays a table wherever tables paste at
 * all. Everything the user typed goes through `escapeHtml`. The text/plain flavour is the plain-
 * text export, for targets that take no HTML.
 */

const FONT =
  "font-family:'PingFang SC','Microsoft YaHei','Noto Sans CJK SC',system-ui,sans-serif;font-size:14px;line-height:1.5;color:#111";
const TABLE = 'border-collapse:collapse;margin:4px 0';
const CELL = 'border:1px solid #888;padding:3px 6px;text-align:left;vertical-align:top';
const HEAD = `${CELL};background:#eee;font-weight:bold`;

const h = (text: string): string =>
  escapeHtml(text.replace(/\r\n?/g, '\n').trim()).replace(/\n/g, '<br>');

const table = (head: string, body: string) =>
  `<table border="1" cellspacing="0" cellpadding="4" style="${TABLE}">${head}<tbody>${body}</tbody></table>`;

function block(b: Block, colon: string): string {
  switch (b.type) {
    case 'paragraph':
      return `<p style="margin:4px 0">${h(b.text)}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag} style="margin:4px 0">${b.items.map((i) => `<li>${h(i)}</li>`).join('')}</${tag}>`;
    }
    case 'fields':
      return table(
        '',
        b.rows
          .map(
            (r) =>
              `<tr><th scope="row" style="${HEAD};white-space:nowrap">${h(r.label)}</th><td style="${CELL}">${r.lines.map(h).join('<br>')}</td></tr>`,
          )
          .join(''),
      );
    case 'entries':
      return `<ul style="margin:4px 0">${b.entries
        .map((x) => {
          const label = `<b>${h(x.label)}</b>${escapeHtml(colon)}`;
          return x.texts.length > 1
            ? `<li>${label}<ul>${x.texts.map((t) => `<li>${h(t)}</li>`).join('')}</ul></li>`
            : `<li>${label}${h(x.texts[0] ?? '')}</li>`;
        })
        .join('')}</ul>`;
    case 'table':
      return table(
        `<thead><tr>${b.columns.map((c) => `<th scope="col" style="${HEAD}">${h(c)}</th>`).join('')}</tr></thead>`,
        b.rows
          .map((r) => `<tr>${r.map((c) => `<td style="${CELL}">${h(c)}</td>`).join('')}</tr>`)
          .join(''),
      );
  }
}

export function renderClipboardHtml(outline: Outline): string {
  const parts = [
    `<h1 style="font-size:20px;text-align:center;margin:0 0 8px">${h(outline.heading)}</h1>`,
  ];
  for (const s of outline.sections) {
    if (s.title !== null) {
      const size = s.level === 1 ? 16 : 14;
      const tag = `h${s.level + 1}`;
      parts.push(`<${tag} style="font-size:${size}px;margin:12px 0 4px">${h(s.title)}</${tag}>`);
    }
    parts.push(...s.blocks.map((b) => block(b, outline.colon)));
  }
  parts.push(`<p style="font-size:12px;color:#555;margin-top:12px">${h(outline.footer)}</p>`);
  return `<div lang="${outline.locale}" style="${FONT}">${parts.join('')}</div>`;
}

/** Both clipboard flavours of one meeting's minutes, from the same outline. */
export function exportRichText(
  input: ExportInput,
  options: ExportOptions = {},
): { html: string; text: string } {
  const outline = buildOutline(input, options);
  return { html: renderClipboardHtml(outline), text: renderPlainText(outline) };
}
