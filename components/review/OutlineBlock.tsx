import { Fragment, type ComponentChildren } from 'preact';
import type { Block } from '../../lib/export/outline';

/** User text with its line breaks kept, as text nodes and <br>s (never parsed as HTML). */
export function withBreaks(text: string): ComponentChildren[] {
  return text
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .flatMap((line, i) => (i === 0 ? [line] : [<br key={i} />, line]));
}

/** One block of the minutes' outline, as the HTML exporter lays it out (lib/export/html.ts). */
export function OutlineBlock({ block, colon }: { block: Block; colon: string }) {
  switch (block.type) {
    case 'paragraph':
      return <p>{withBreaks(block.text)}</p>;
    case 'list': {
      const items = block.items.map((item, i) => <li key={i}>{withBreaks(item)}</li>);
      return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
    }
    case 'fields':
      return (
        <table class="fields">
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{withBreaks(row.label)}</th>
                <td>
                  {row.lines.map((line, j) => (
                    <Fragment key={j}>
                      {j > 0 && <br />}
                      {withBreaks(line)}
                    </Fragment>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'entries':
      return (
        <ul>
          {block.entries.map((entry, i) => (
            <li key={i}>
              <strong>{withBreaks(entry.label)}</strong>
              {colon}
              {entry.texts.length > 1 ? (
                <ul>
                  {entry.texts.map((text, j) => (
                    <li key={j}>{withBreaks(text)}</li>
                  ))}
                </ul>
              ) : (
                withBreaks(entry.texts[0] ?? '')
              )}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return (
        <table class="plan">
          <thead>
            <tr>
              {block.columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{withBreaks(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
  }
}
