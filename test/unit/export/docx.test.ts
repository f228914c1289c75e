import { describe, expect, it } from 'vitest';
import { DOCX_MIME, exportDocx } from '../../../lib/export/docx';
import { buildOutline } from '../../../lib/export/outline';
import type { ExportInput } from '../../../lib/export/types';
import { hostileInput, inert, parseXml, PAYLOADS, tags, unzipXml } from '../../helpers/ooxml';
import { seedInput, TZ } from '../../helpers/seed';

/** The Word export, read back from the archive's XML as Word would see it. */

async function open(input: ExportInput) {
  const blob = await exportDocx(input, { timeZone: TZ });
  const parts = await unzipXml(blob);
  const xml = parts['word/document.xml']!;
  const body = parseXml(xml, 'document.xml').getElementsByTagName('w:body')[0]!;
  return { blob, parts, xml, blocks: [...body.children] };
}

/** A paragraph's text as a reader sees it: runs joined, <w:br/> as a line break. */
const text = (p: Element) =>
  tags(p, 'w:r')
    .flatMap((r) => [...r.children])
    .map((c) => (c.nodeName === 'w:br' ? '\n' : c.nodeName === 'w:t' ? c.textContent : ''))
    .join('');
const style = (p: Element) => tags(p, 'w:pStyle')[0]?.getAttribute('w:val') ?? null;
const cellText = (tc: Element) => tags(tc, 'w:p').map(text).join('\n');
const rows = (tbl: Element) => tags(tbl, 'w:tr').map((tr) => tags(tr, 'w:tc').map(cellText));
const titled = (blocks: Element[], name: string) =>
  blocks.filter((b) => style(b) === name).map(text);
const tables = (blocks: Element[]) => blocks.filter((b) => b.nodeName === 'w:tbl');

describe.each(['zh-CN', 'en'] as const)('Word export of the seed meeting (%s)', (lang) => {
  const input = seedInput(lang);
  const outline = buildOutline(input, { timeZone: TZ });

  it('is a .docx on A4 with 2 cm margins', async () => {
    const { blob, parts, xml } = await open(input);
    expect(blob.type).toBe(DOCX_MIME);
    expect(Object.keys(parts)).toContain('[Content_Types].xml');
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1134"/);
    for (const [path, part] of Object.entries(parts)) parseXml(part, path);
  });

  it('uses the outline headings as Title, Heading1 and Heading2 paragraphs', async () => {
    const { blocks } = await open(input);
    const level = (n: 1 | 2) => outline.sections.filter((s) => s.level === n && s.title);
    expect(titled(blocks, 'Title')).toEqual([outline.heading]);
    expect(titled(blocks, 'Heading1')).toEqual(level(1).map((s) => s.title));
    expect(titled(blocks, 'Heading2')).toEqual(level(2).map((s) => s.title));
    if (lang === 'zh-CN') {
      expect(titled(blocks, 'Heading1')).toEqual([
        '会议议程',
        '讨论内容摘要',
        '决议事项',
        '行动计划表',
        '下次会议安排',
        '审核',
      ]);
      expect(titled(blocks, 'Heading2')[0]).toBe('议题1:Q2推广活动复盘');
    }
  });

  it('sets Latin and Chinese fonts and an outline level on the headings', async () => {
    const styles = parseXml((await open(input)).parts['word/styles.xml']!);
    const defaults = tags(styles, 'w:docDefaults')[0]!;
    expect(tags(defaults, 'w:rFonts')[0]?.getAttribute('w:eastAsia')).toBe('SimSun');
    expect(tags(defaults, 'w:rFonts')[0]?.getAttribute('w:ascii')).toBe('Calibri');
    const heading = (id: string) =>
      tags(styles, 'w:style').find((s) => s.getAttribute('w:styleId') === id)!;
    expect(tags(heading('Heading1'), 'w:rFonts')[0]?.getAttribute('w:eastAsia')).toBe('SimHei');
    expect(tags(heading('Heading1'), 'w:outlineLvl')[0]?.getAttribute('w:val')).toBe('0');
    expect(tags(heading('Heading2'), 'w:outlineLvl')[0]?.getAttribute('w:val')).toBe('1');
  });

  it('puts the basic information in a two-column table', async () => {
    const [info] = tables((await open(input)).blocks);
    const fields = outline.sections[0]!.blocks[0]!;
    if (fields.type !== 'fields') throw new Error('no fields block');
    expect(rows(info!)).toEqual(fields.rows.map((r) => [r.label, r.lines.join('\n')]));
    if (lang === 'zh-CN') {
      expect(rows(info!).map(([label]) => label)).toEqual(
        ['会议名称', '会议核心目标', '会议时间', '会议地点', '主持人', '记录人'].concat([
          '参会部门及人员',
          '缺席人员及原因',
        ]),
      );
      expect(rows(info!)[0]).toEqual(['会议名称', '项目Q3推广跨部门协作会']);
      expect(rows(info!)[2]).toEqual(['会议时间', '2026年3月2日 星期一 14:00-16:00']);
    }
  });

  it('writes the action plan as a table with a repeating header row', async () => {
    const [, plan] = tables((await open(input)).blocks);
    const trs = tags(plan!, 'w:tr');
    expect(trs.map((tr) => tags(tr, 'w:tblHeader').length)).toEqual([1, 0, 0, 0]);
    expect(tags(trs[0]!, 'w:tc')).toHaveLength(9);
    expect(tags(plan!, 'w:gridCol')).toHaveLength(9);
    const [header, ...body] = rows(plan!);
    expect(header).toEqual(
      outline.sections.flatMap((s) => s.blocks).find((b) => b.type === 'table')?.columns,
    );
    expect(body).toHaveLength(input.items.length);
    body.forEach((cells, i) => {
      expect(cells[0]).toBe(String(i + 1));
      expect(cells[3]).toBe(input.items[i]!.ownerName);
      expect(cells[5]).toBe(input.items[i]!.dueDate);
    });
    // 延期原因 and 调整后时间: two lines of one paragraph, as the user's line breaks are.
    const notes = tags(trs[3]!, 'w:tc')[8]!;
    expect([tags(notes, 'w:p').length, tags(notes, 'w:br').length]).toEqual([1, 1]);
    expect(body[2]![8]).toMatch(/\n/);
    expect(tags(plan!, 'w:sz').every((sz) => sz.getAttribute('w:val') === '18')).toBe(true);
  });

  it('numbers the agenda and the decisions, each from 1, and ends with the review', async () => {
    const { blocks } = await open(input);
    const numId = (p: Element) => tags(p, 'w:numId')[0]?.getAttribute('w:val');
    const after = (heading: string) => {
      const i = blocks.findIndex((b) => style(b) === 'Heading1' && text(b) === heading);
      const next = blocks.findIndex((b, j) => j > i && /^Heading/.test(style(b) ?? ''));
      return blocks.slice(i + 1, next < 0 ? undefined : next);
    };
    const zh = lang === 'zh-CN';
    const agenda = after(zh ? '会议议程' : 'Agenda');
    const decisions = after(zh ? '决议事项' : 'Decisions');
    const review = after(zh ? '审核' : 'Review');
    expect(agenda).toHaveLength(4);
    expect(decisions.map(text)).toEqual(input.meeting.decisions.map((d) => d.text));
    expect(new Set(decisions.map(numId)).size).toBe(1);
    expect(numId(decisions[0]!)).not.toBe(numId(agenda[0]!));
    expect(text(review[0]!)).toBe(
      zh
        ? '审核通过,审核人:张三,审核时间:2026年3月2日 星期一 17:30'
        : 'Approved by Zhang San, Mon 2 Mar 2026, 17:30',
    );
  });
});

describe.each(PAYLOADS)('hostile text %j in the Word export', (p) => {
  it('stays text in well-formed XML', async () => {
    const { parts, xml, blocks } = await open(hostileInput(p));
    for (const [path, part] of Object.entries(parts)) {
      expect(part, path).not.toContain('<script');
      expect(part.replace(/<!\[CDATA\[/g, ''), path).not.toContain(']]>');
      parseXml(part, path);
    }
    expect(xml).not.toMatch(/w:instrText|w:fldSimple|w:fldChar|w:hyperlink/);
    const seed = (await open(seedInput('zh-CN'))).blocks;
    const headings = (bs: Element[]) =>
      bs.map(style).filter((s) => /^(Title|Heading\d)$/.test(s ?? ''));
    expect(headings(blocks)).toEqual(headings(seed));
    expect(tables(blocks)).toHaveLength(2);
    const [info, plan] = tables(blocks);
    const visible = inert(p).trim();
    expect(rows(info!)[0]).toEqual(['会议名称', visible]);
    expect(rows(plan!)[1]![1]).toBe(visible);
    expect(rows(plan!)[1]![3]).toBe(visible);
  });
});
