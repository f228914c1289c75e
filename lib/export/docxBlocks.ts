import {
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Block, Entry } from './outline';
import { xmlLines } from './xmlText';

/**
 * The outline's blocks as Word paragraphs and tables (see `docx.ts` for the document around
 * them). Every piece of user text reaches the file only as a TextRun's text, which the `docx`
 * package escapes; `xmlLines` first drops what XML cannot hold and splits the user's line breaks,
 * which become `<w:br/>` so a field stays one paragraph, as in the HTML export's `<br>`.
 */

/** The A4 text width in twips: 21 cm less two 2 cm margins (1 cm = 567 twips). */
export const TEXT_WIDTH = 11906 - 2 * 1134;
/** 序号 行动任务 负责部门 负责人 协作部门 计划完成时间 所需支持/资源 状态 备注, in per cent. */
// The due date (YYYY-MM-DD) must fit on one line at 9 pt; the task wraps instead.
export const PLAN_WIDTHS = [5, 18, 9, 8, 10, 13, 14, 8, 15] as const;
const FIELD_WIDTHS = [22, 78] as const;
/** 9 pt (half-points): the nine-column plan fits portrait A4 at this size. */
const PLAN_SIZE = 18;

/** Numbering ids declared in `docx.ts`; each ordered list takes the next instance, so it restarts at 1. */
export const ORDERED = 'minutes-ordered';
export const BULLET = 'minutes-bullet';

export interface BlockContext {
  colon: string;
  nextList: () => number;
}

interface RunStyle {
  bold?: boolean;
  size?: number;
}

export function runs(text: string, style: RunStyle = {}): TextRun[] {
  return xmlLines(text).map(
    (line, i) => new TextRun({ ...style, text: line, ...(i > 0 ? { break: 1 } : {}) }),
  );
}

const para = (children: TextRun[]) => new Paragraph({ children });

function cell(children: Paragraph[], percent: number, header = false): TableCell {
  return new TableCell({
    children: children.length ? children : [para([])],
    width: { size: `${percent}%`, type: WidthType.PERCENTAGE },
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } } : {}),
  });
}

/** Fixed layout with the grid in twips too: Google Docs and Pages read only `w:tblGrid`. */
function table(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    rows,
    width: { size: '100%', type: WidthType.PERCENTAGE },
    columnWidths: widths.map((p) => Math.round((TEXT_WIDTH * p) / 100)),
    layout: TableLayoutType.FIXED,
  });
}

/** The basic information (会议名称 … 缺席人员及原因): label | value, one paragraph per value line. */
function fieldsTable(rows: Extract<Block, { type: 'fields' }>['rows']): Table {
  const [labelWidth, valueWidth] = FIELD_WIDTHS;
  return table(
    rows.map(
      ({ label, lines }) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([para(runs(label, { bold: true }))], labelWidth, true),
            cell(
              lines.map((l) => para(runs(l))),
              valueWidth,
            ),
          ],
        }),
    ),
    FIELD_WIDTHS,
  );
}

/** The 行动计划表: its header row repeats on every page and no row breaks across pages. */
function planTable(columns: string[], rows: string[][]): Table {
  const row = (cells: string[], header: boolean) =>
    new TableRow({
      cantSplit: true,
      ...(header ? { tableHeader: true } : {}),
      children: cells.map((c, i) =>
        cell(
          [para(runs(c, header ? { bold: true, size: PLAN_SIZE } : { size: PLAN_SIZE }))],
          PLAN_WIDTHS[i] ?? 10,
          header,
        ),
      ),
    });
  return table([row(columns, true), ...rows.map((r) => row(r, false))], PLAN_WIDTHS);
}

const listItem = (children: TextRun[], reference: string, level: number, instance?: number) =>
  new Paragraph({
    children,
    numbering: { reference, level, ...(instance === undefined ? {} : { instance }) },
  });

/** "市场部:…" as a bullet, or the label with one sub-bullet per text (as the HTML export). */
function entries(list: Entry[], colon: string): Paragraph[] {
  return list.flatMap(({ label, texts }) =>
    texts.length > 1
      ? [
          listItem(runs(label + colon.trim(), { bold: true }), BULLET, 0),
          ...texts.map((t) => listItem(runs(t), BULLET, 1)),
        ]
      : [
          listItem(
            [...runs(label, { bold: true }), new TextRun(colon), ...runs(texts[0] ?? '')],
            BULLET,
            0,
          ),
        ],
  );
}

export function renderBlock(b: Block, ctx: BlockContext): (Paragraph | Table)[] {
  switch (b.type) {
    case 'paragraph':
      return [para(runs(b.text))];
    case 'list': {
      const instance = b.ordered ? ctx.nextList() : undefined;
      return b.items.map((item) => listItem(runs(item), b.ordered ? ORDERED : BULLET, 0, instance));
    }
    case 'fields':
      return [fieldsTable(b.rows)];
    case 'entries':
      return entries(b.entries, ctx.colon);
    case 'table':
      return [planTable(b.columns, b.rows)];
  }
}
