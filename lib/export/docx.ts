import {
  AlignmentType,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type FileChild,
  type ILevelsOptions,
} from 'docx';
import { BULLET, ORDERED, renderBlock, runs } from './docxBlocks';
import { buildOutline, type Outline } from './outline';
import type { ExportInput, ExportOptions } from './types';
import { DOCX_MIME, type DocxStage } from './docxFile';
import { xmlText } from './xmlText';

/**
 * Minutes as a Word document in the template's layout, rendered from the same outline as every
 * other format: A4 with 2 cm margins, 跨部门协作会议纪要 as the title, the basic information as a
 * two-column table, real Heading 1/Heading 2 paragraphs (so Word, WPS and LibreOffice show a
 * navigation outline), numbered 议程 and 决议事项, and the 行动计划表 as a table whose header row
 * repeats on each page. Loaded only by a dynamic import: `docx` is ~1 MB before minifying.
 *
 * Fonts name both scripts: Latin text in Calibri/Arial, Chinese in 宋体 (SimSun) for the body and
 * 黑体 (SimHei) for headings, which Word and WPS ship and LibreOffice maps to Noto CJK when absent.
 */

export { DOCX_MIME };

const BODY_FONT = { ascii: 'Calibri', hAnsi: 'Calibri', cs: 'Calibri', eastAsia: 'SimSun' };
const HEADING_FONT = { ascii: 'Arial', hAnsi: 'Arial', cs: 'Arial', eastAsia: 'SimHei' };
/** 2 cm in twips. */
const MARGIN = 1134;

function heading(size: number, outlineLevel?: number, center = false) {
  return {
    run: { font: HEADING_FONT, size, bold: true, color: '000000' },
    paragraph: {
      keepNext: true,
      keepLines: true,
      spacing: { before: outlineLevel === undefined ? 0 : 240, after: 120 },
      ...(outlineLevel === undefined ? {} : { outlineLevel }),
      ...(center ? { alignment: AlignmentType.CENTER } : {}),
    },
  };
}

function levels(ordered: boolean): ILevelsOptions[] {
  return [0, 1].map((level) => ({
    level,
    format: ordered ? LevelFormat.DECIMAL : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : level ? '◦' : '•',
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 420 * (level + 1), hanging: 420 } } },
  }));
}

export function renderDocx(outline: Outline): Document {
  let lists = 0;
  const ctx = { colon: outline.colon, nextList: () => ++lists };
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(outline.heading) }),
  ];
  for (const s of outline.sections) {
    if (s.title !== null) {
      const level = s.level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
      children.push(new Paragraph({ heading: level, children: runs(s.title) }));
    }
    for (const b of s.blocks) children.push(...renderBlock(b, ctx));
  }
  children.push(
    new Paragraph({
      spacing: { before: 360 },
      children: [new TextRun({ text: xmlText(outline.footer), size: 17, color: '555555' })],
    }),
  );

  const language = { value: outline.locale === 'zh-CN' ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' };
  return new Document({
    title: xmlText(outline.name).replace(/\s+/g, ' ').trim(),
    creator: 'Minutes Side Panel',
    styles: {
      default: {
        document: {
          run: { font: BODY_FONT, size: 21, language },
          paragraph: { spacing: { after: 60, line: 288 } },
        },
        title: heading(32, undefined, true),
        heading1: heading(28, 0),
        heading2: heading(24, 1),
      },
    },
    numbering: {
      config: [
        { reference: ORDERED, levels: levels(true) },
        { reference: BULLET, levels: levels(false) },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [new TextRun({ children: [PageNumber.CURRENT], size: 18 })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
}

/**
 * The file's bytes, telling `onStage` as each step starts (the large meeting takes seconds, made
 * in a worker: lib/adapters/docx-maker.ts). The same bytes as `exportDocx`.
 */
export async function docxBytes(
  input: ExportInput,
  options: ExportOptions = {},
  onStage: (stage: DocxStage) => void = () => {},
): Promise<ArrayBuffer> {
  onStage('outline');
  const outline = buildOutline(input, options);
  onStage('layout');
  const document = renderDocx(outline);
  onStage('pack');
  return Packer.toArrayBuffer(document);
}

/** A Blob (browser and vitest alike) ready for `downloads.download` via an object URL. */
export async function exportDocx(input: ExportInput, options: ExportOptions = {}): Promise<Blob> {
  return new Blob([await docxBytes(input, options)], { type: DOCX_MIME });
}
