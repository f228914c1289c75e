import { describe, expect, it } from 'vitest';
import { formatSpan } from '../../../lib/export/dates';
import { exportLabels } from '../../../lib/export/labels';
import { buildOutline, type Block, type Section } from '../../../lib/export/outline';
import type { Meeting } from '../../../lib/schema';
import { NOW, seedInput, TZ } from '../../helpers/seed';

const find = (sections: Section[], title: string) => sections.find((s) => s.title === title);
const fields = (block: Block | undefined) =>
  block?.type === 'fields' ? Object.fromEntries(block.rows.map((r) => [r.label, r.lines])) : {};

describe('minutes outline', () => {
  const zh = buildOutline(seedInput('zh-CN'), { timeZone: TZ });

  it('fills the basic information with the template labels', () => {
    expect(fields(zh.sections[0]?.blocks[0])).toEqual({
      会议名称: ['项目Q3推广跨部门协作会'],
      会议核心目标: ['确定Q3产品推广分工'],
      会议时间: ['2026年3月2日 星期一 14:00-16:00'],
      会议地点: ['公司3楼会议室A / 线上会议(腾讯会议)'],
      主持人: ['张三(市场部经理)'],
      记录人: ['李四(项目助理)'],
      参会部门及人员: ['市场部:A、B', '销售部:C、钱七(代王五)', '产品部:E', '财务部:F'],
      缺席人员及原因: ['王五(销售部,出差)——由钱七代参会'],
    });
  });

  it('keeps the meeting code and the join link in the basic information, in every format', async () => {
    const input = seedInput('zh-CN');
    const meeting = {
      ...input.meeting,
      meetingCode: '375539623',
      link: 'https://meeting.tencent.com/dw/?meeting_code=375539623',
    };
    const outline = buildOutline({ ...input, meeting }, { timeZone: TZ });
    expect(fields(outline.sections[0]?.blocks[0])).toMatchObject({
      会议地点: [
        '公司3楼会议室A / 线上会议(腾讯会议):https://meeting.tencent.com/dw/?meeting_code=375539623',
      ],
      会议号: ['375539623'],
    });
    const { exportMarkdown } = await import('../../../lib/export/markdown');
    const { exportHtml } = await import('../../../lib/export/html');
    const { exportPlainText } = await import('../../../lib/export/plainText');
    for (const render of [exportMarkdown, exportHtml, exportPlainText]) {
      // Markdown escapes the link's `_` (user text never becomes markup); it reads the same.
      const text = render({ ...input, meeting }, { timeZone: TZ }).replace(/\\(.)/g, '$1');
      expect(text).toContain('会议号');
      expect(text).toContain('375539623');
      expect(text).toContain('meeting_code=375539623');
    }
  });

  it('has the template sections in order', () => {
    expect(zh.sections.filter((s) => s.level === 1 && s.title).map((s) => s.title)).toEqual([
      '会议议程',
      '讨论内容摘要',
      '决议事项',
      '行动计划表',
      '下次会议安排',
      '审核',
    ]);
  });

  it('summarises each topic: departments first, then disagreements, then agreements', () => {
    const input = seedInput('zh-CN');
    const p = (
      id: string,
      topicId: string | null,
      department: string,
      kind: string,
      text: string,
    ) =>
      ({
        id,
        topicId,
        department,
        speaker: '',
        kind,
        text,
        at: NOW.toISOString(),
      }) as Meeting['points'][number];
    input.meeting.points = [
      p('1', 't1', '', 'decision', '决议甲'),
      p('2', 't1', '销售部', 'viewpoint', '销售观点一'),
      p('3', 't1', '', 'consensus', '共识甲'),
      p('4', 't1', '市场部', 'viewpoint', '市场观点'),
      p('5', 't1', '财务部', 'disagreement', '分歧甲'),
      p('6', 't1', '销售部', 'viewpoint', '销售观点二'),
      p('7', 'gone', '产品部', 'viewpoint', '议题已删除'),
      p('8', null, '', 'viewpoint', '无部门'),
      p('9', 't2', '', 'viewpoint', '   '),
    ];
    const out = buildOutline(input);
    expect(find(out.sections, '议题1:Q2推广活动复盘')?.blocks).toEqual([
      {
        type: 'entries',
        entries: [
          { label: '销售部', texts: ['销售观点一', '销售观点二'] },
          { label: '市场部', texts: ['市场观点'] },
          { label: '分歧', texts: ['分歧甲(财务部)'] },
          { label: '共识', texts: ['共识甲'] },
          { label: '决议', texts: ['决议甲'] },
        ],
      },
    ]);
    expect(find(out.sections, '议题2:Q3推广目标及策略讨论')?.blocks).toEqual([
      { type: 'paragraph', text: '无记录' },
    ]);
    expect(out.sections.filter((s) => s.level === 2).at(-1)).toEqual({
      level: 2,
      title: '其他讨论',
      blocks: [
        {
          type: 'entries',
          entries: [
            { label: '产品部', texts: ['议题已删除'] },
            { label: '发言', texts: ['无部门'] },
          ],
        },
      ],
    });
  });

  it('numbers decisions and puts delay reason and revised date in 备注', () => {
    expect(find(zh.sections, '决议事项')?.blocks[0]).toMatchObject({ type: 'list', ordered: true });
    const table = find(zh.sections, '行动计划表')?.blocks[0];
    expect(table?.type === 'table' && table.rows.map((r) => [r[0], r[7], r[8]])).toEqual([
      ['1', '进行中', ''],
      ['2', '未开始', '首次同步会定于3月6日'],
      ['3', '延期', '延期原因:等待市场部投放计划明细\n调整后时间:2026-03-11'],
    ]);
  });

  it.each([
    ['not_started', '未开始', 'Not started'],
    ['in_progress', '进行中', 'In progress'],
    ['done', '已完成', 'Done'],
    ['delayed', '延期', 'Delayed'],
  ] as const)('status %s reads %s / %s', (status, zhLabel, enLabel) => {
    expect(exportLabels('zh-CN').statuses[status]).toBe(zhLabel);
    expect(exportLabels('en').statuses[status]).toBe(enLabel);
  });

  it.each([
    ['viewpoint', '观点'],
    ['disagreement', '分歧'],
    ['consensus', '共识'],
    ['decision', '决议'],
  ] as const)('point kind %s reads %s', (kind, label) => {
    expect(exportLabels('zh-CN').kinds[kind]).toBe(label);
  });

  it('says 无 for empty sections and lists a substitute nobody signed in', () => {
    const input = seedInput('zh-CN');
    const m = input.meeting;
    input.items = [];
    input.meeting = {
      ...m,
      attendees: m.attendees
        .filter((a) => a.name !== '钱七')
        .map((a) => (a.name === 'C' ? { ...a, attendance: 'late' } : a)),
      topics: [],
      points: [],
      decisions: [],
      nextMeeting: { at: null, purpose: '' },
    };
    const out = buildOutline(input);
    expect(fields(out.sections[0]?.blocks[0])['参会部门及人员']).toContain(
      '销售部:C(迟到)、钱七(代王五)',
    );
    for (const title of ['会议议程', '讨论内容摘要', '决议事项', '行动计划表', '下次会议安排']) {
      expect(find(out.sections, title)?.blocks, title).toEqual([{ type: 'paragraph', text: '无' }]);
    }
  });

  it.each([
    [
      'Asia/Shanghai',
      '2026-03-02T06:00:00Z',
      '2026-03-02T08:00:00Z',
      '2026年3月2日 星期一 14:00-16:00',
    ],
    [
      'Europe/Berlin',
      '2026-03-02T06:00:00Z',
      '2026-03-02T08:00:00Z',
      '2026年3月2日 星期一 07:00-09:00',
    ],
    ['UTC', '2026-03-02T06:00:00Z', null, '2026年3月2日 星期一 06:00'],
    [
      'Asia/Shanghai',
      '2026-03-02T15:00:00Z',
      '2026-03-02T17:00:00Z',
      '2026年3月2日 星期一 23:00 - 2026年3月3日 星期二 01:00',
    ],
  ])('shows times in %s', (tz, start, end, expected) => {
    expect(formatSpan(start, end, 'zh-CN', tz)).toBe(expected);
  });

  it('shows English times in the English style', () => {
    expect(formatSpan('2026-03-02T06:00:00Z', '2026-03-02T08:00:00Z', 'en', TZ)).toBe(
      'Mon 2 Mar 2026, 14:00–16:00',
    );
  });
});
