import { Fragment } from 'preact';
import type { Outline } from '../../lib/export/outline';
import { OutlineBlock } from './OutlineBlock';

/**
 * The minutes as a document, built as DOM from the same outline as the Word, HTML and Markdown
 * files, so the printed PDF says exactly what they say, in the same order and layout.
 */
export function OutlineDocument({ outline }: { outline: Outline }) {
  return (
    <article class="print-doc" lang={outline.locale}>
      <h1>{outline.heading}</h1>
      {outline.sections.map((section, i) => (
        <Fragment key={i}>
          {section.title !== null &&
            (section.level === 1 ? <h2>{section.title}</h2> : <h3>{section.title}</h3>)}
          {section.blocks.map((block, j) => (
            <OutlineBlock key={j} block={block} colon={outline.colon} />
          ))}
        </Fragment>
      ))}
      <footer>{outline.footer}</footer>
    </article>
  );
}
