import { describe, expect, it } from 'vitest';
import { mentionFor, mentionOf } from '../../../lib/robots/mentions';
import {
  digestContent,
  LIMITS,
  partsFor,
  reminderContent,
  testContent,
  type Content,
} from '../../../lib/robots/format';
import { minutesContent } from '../../../lib/robots/format/minutes';
import type { RobotPlatform } from '../../../lib/robots/types';
import { NOW, exampleToSend } from '../../helpers/robot-fixtures';
import { makeItem } from '../../helpers/items';

const bytes = (s: string) => new TextEncoder().encode(s).length;
const group = (platform: RobotPlatform, keyword?: string) => ({
  id: `g-${platform}`,
  platform,
  ...(keyword && { keyword }),
});
const minutes = () => {
  const { meeting, items } = exampleToSend();
  return minutesContent(
    { meeting, items, locale: 'zh-CN', now: NOW },
    { timeZone: 'Asia/Shanghai' },
  );
};

describe('who is mentioned', () => {
  it('a contact of digits is a mobile (dashes and spaces ignored), anything else a user id', () => {
    expect(mentionOf('钱七', '138-0000 0007')).toEqual({ name: '钱七', mobile: '13800000007' });
    expect(mentionOf('C', 'user_c')).toEqual({ name: 'C', userId: 'user_c' });
    expect(mentionOf('E', '')).toEqual({ name: 'E' });
    expect(mentionFor(' 钱七 ', [{ name: '钱七', contact: '13800000007' }])).toMatchObject({
      mobile: '13800000007',
    });
  });
});

describe('the due-tomorrow reminder, as the method words it', () => {
  const ref = {
    item: makeItem({ task: '提交成本报告', ownerName: '钱七', dueDate: '2026-12-03' }),
    row: 3,
    meetingTitle: '项目Q3推广跨部门协作会',
    roster: [{ name: '钱七', contact: '13800000007' }],
  };
  it('reads "@钱七 明天需提交成本报告(行动计划表第3项)" and mentions 钱七 on every platform', () => {
    const c = reminderContent(ref, 'dueSoon', '2026-12-02', 'zh-CN');
    const [ding] = partsFor(group('dingtalk'), c, 'zh-CN');
    expect(ding!.preview).toContain('@钱七 明天需提交成本报告(行动计划表第3项)');
    expect(ding!.body).toMatchObject({
      msgtype: 'markdown',
      at: { atMobiles: ['13800000007'], atUserIds: [] },
    });
    // DingTalk shows the mention only where the text holds @<mobile>.
    expect((ding!.body.markdown as { text: string }).text).toContain(
      '@13800000007 明天需提交成本报告',
    );
    // WeCom can mention by mobile only in a text message.
    const [wecom, ...more] = partsFor(group('wecom'), c, 'zh-CN');
    expect(more).toEqual([]);
    expect(wecom!.body).toMatchObject({
      msgtype: 'text',
      text: { mentioned_mobile_list: ['13800000007'] },
    });
    // Feishu mentions by user id only: a mobile stays "@钱七" text.
    const [feishu] = partsFor(group('feishu'), c, 'zh-CN');
    expect(JSON.stringify(feishu!.body)).toContain('@钱七 明天需提交成本报告');
  });

  it('overdue says how late and the original date', () => {
    const c = reminderContent(ref, 'overdue', '2026-12-05', 'zh-CN');
    expect(partsFor(group('dingtalk'), c, 'zh-CN')[0]!.preview).toContain(
      '@钱七 提交成本报告已逾期2天(原定2026-12-03完成,行动计划表第3项)',
    );
    const en = reminderContent(ref, 'overdue', '2026-12-04', 'en');
    expect(partsFor(group('dingtalk'), en, 'en')[0]!.preview).toContain('1 day overdue');
  });

  it('a user id is a real mention on Feishu (at tag) and WeCom (<@id>)', () => {
    const c = reminderContent(
      { ...ref, roster: [{ name: '钱七', contact: 'qianqi' }] },
      'dueSoon',
      '2026-12-02',
      'zh-CN',
    );
    const feishu = partsFor(group('feishu'), c, 'zh-CN')[0]!.body;
    expect(JSON.stringify(feishu)).toContain('{"tag":"at","user_id":"qianqi","user_name":"钱七"}');
    const wecom = partsFor(group('wecom'), c, 'zh-CN')[0]!.body;
    expect(wecom).toMatchObject({ msgtype: 'markdown' });
    expect((wecom.markdown as { content: string }).content).toContain(
      '<@qianqi> 明天需提交成本报告',
    );
  });
});

describe('approved minutes', () => {
  it('hold the basic information, summary, decisions per topic and every plan row', () => {
    const [part, ...rest] = partsFor(group('dingtalk'), minutes(), 'zh-CN');
    expect(rest).toEqual([]);
    const text = part!.preview;
    for (const s of [
      '会议纪要:项目Q3推广跨部门协作会',
      '会议名称:项目Q3推广跨部门协作会',
      '主持人:张三(市场部经理)',
      '记录人:李四(项目助理)',
      '缺席人员及原因',
      'Q2线上曝光量达200万',
      '议题2:Q2推广活动复盘',
      '落地页由市场部重新设计,9月1日前上线。',
      '3. 提交成本报告;负责人:@钱七(财务部);完成时间:2026-12-03;所需支持:生产部提供产能数据',
      '协作:E',
    ]) {
      expect(text).toContain(s);
    }
    expect(part!.body).toMatchObject({
      at: { atMobiles: ['13800000001', '13800000007'], atUserIds: ['user_c'] },
    });
  });

  it('user text cannot open markup: angle brackets become full-width, a leading # is indented', () => {
    const { meeting, items } = exampleToSend();
    const c = minutesContent({
      meeting: {
        ...meeting,
        // No mobile contacts: WeCom gets markdown (with them, a short message goes as text).
        attendees: meeting.attendees.map(({ contact: _, ...a }) => a),
        summary: '# 不是标题 <@all> <font color="warning">x</font>',
      },
      items,
      locale: 'zh-CN',
      now: NOW,
    });
    const md = (partsFor(group('wecom'), c, 'zh-CN')[0]!.body.markdown as { content: string })
      .content;
    expect(md).not.toContain('<@all>');
    expect(md).not.toContain('<font');
    expect(md).toContain('\u3000# 不是标题 ＜@all＞');
  });
});

/** Minutes with many long rows: more than one part on every platform. */
function bigMinutes(rows: number): Content {
  const { meeting, items } = exampleToSend();
  const many = Array.from({ length: rows }, (_, i) =>
    makeItem({
      meetingId: meeting.id,
      task: `第${i + 1}项:${'完成市场推广落地页的改版与上线工作并跟踪转化率'.repeat(4)}`,
      ownerName: i % 2 ? '钱七' : 'A',
      ownerDepartment: '市场部',
      dueDate: '2026-12-20',
      support: '需要产品部、销售部和财务部协助提供数据与预算支持'.repeat(2),
    }),
  );
  return minutesContent({ meeting, items: [...items, ...many], locale: 'zh-CN', now: NOW });
}

describe('splitting to each platform’s size limit', () => {
  const cases: [RobotPlatform, (body: Record<string, unknown>) => number, number][] = [
    ['dingtalk', (b) => bytes(JSON.stringify(b)), LIMITS.dingtalk],
    ['feishu', (b) => bytes(JSON.stringify(b)), LIMITS.feishu],
    [
      'wecom',
      (b) => bytes(((b.markdown ?? b.text) as { content: string }).content),
      LIMITS.wecomMarkdown,
    ],
  ];
  it.each(cases)(
    '%s: every part fits, numbered (i/n), rows whole and in order, keyword in each',
    (platform, size, limit) => {
      const content = bigMinutes(120);
      const parts = partsFor(group(platform, '纪要'), content, 'zh-CN');
      expect(parts.length).toBeGreaterThan(1);
      const n = parts.length;
      parts.forEach((p, i) => {
        expect(size(p.body)).toBeLessThanOrEqual(
          platform === 'wecom' && p.body.msgtype === 'text' ? LIMITS.wecomText : limit,
        );
        expect(p.preview.split('\n')[0]).toContain(`(${i + 1}/${n})`);
        expect(p.preview).toContain('纪要');
        // A part never ends on a heading.
        expect(p.preview.split('\n').at(-1)).not.toMatch(/^【/);
      });
      // Every row exactly once, whole, in order.
      const all = parts.map((p) => p.preview).join('\n');
      const rows = [...all.matchAll(/^(\d+)\. 第(\d+)项:/gm)].map((m) => Number(m[2]));
      expect(rows).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
      for (let i = 1; i <= 120; i++) {
        const row = all.split('\n').find((l) => l.includes(`第${i}项:`))!;
        expect(row).toContain('所需支持:');
      }
    },
  );

  it('WeCom with people known by mobile: markdown parts (user ids as <@id>), then a text part mentioning the mobiles', () => {
    const parts = partsFor(group('wecom'), bigMinutes(40), 'zh-CN');
    const last = parts.at(-1)!;
    expect(last.body).toMatchObject({
      msgtype: 'text',
      text: { mentioned_mobile_list: ['13800000001', '13800000007'], mentioned_list: [] },
    });
    expect(JSON.stringify(parts.map((p) => p.body))).toContain('<@user_c>');
    expect(parts.slice(0, -1).every((p) => p.body.msgtype === 'markdown')).toBe(true);
    expect(last.preview.split('\n')[0]).toContain(`(${parts.length}/${parts.length})`);
  });

  it('a summary longer than a part is cut at sentence ends, nothing lost', () => {
    const { meeting, items } = exampleToSend();
    const summary = Array.from({ length: 400 }, (_, i) => `第${i}句讨论内容较长需要分段。`).join(
      '',
    );
    const c = minutesContent({
      meeting: { ...meeting, summary },
      items,
      locale: 'zh-CN',
      now: NOW,
    });
    const parts = partsFor(group('wecom'), c, 'zh-CN');
    const text = parts.map((p) => p.preview).join('\n');
    for (let i = 0; i < 400; i++) expect(text).toContain(`第${i}句讨论内容较长需要分段。`);
  });
});

describe('weekly digest and test message', () => {
  it('lists done, in progress and delayed with the reason and revised date', () => {
    const roster = [{ name: '钱七', contact: '13800000007' }];
    const ref = (i: number, over: Parameters<typeof makeItem>[0]) => ({
      item: makeItem(over),
      row: i,
      meetingTitle: 'Q3',
      roster,
    });
    const c = digestContent({
      refs: [
        ref(1, {
          task: '重新设计落地页',
          status: 'done',
          history: [
            { at: '2026-12-01T02:00:00.000Z', by: 'A', meetingId: null, changes: [], note: '' },
          ],
        }),
        ref(2, { task: '整理客户反馈', status: 'in_progress', dueDate: '2026-12-10' }),
        ref(3, {
          task: '提交成本报告',
          ownerName: '钱七',
          status: 'delayed',
          delayReason: '等待生产部数据',
          revisedDueDate: '2026-12-12',
        }),
      ],
      from: '2026-11-30',
      to: '2026-12-06',
      today: '2026-12-04',
      locale: 'zh-CN',
    });
    const [p] = partsFor(group('feishu'), c, 'zh-CN');
    expect(p!.preview).toContain('行动计划周报(2026-11-30 至 2026-12-06)');
    expect(p!.preview).toContain('【已完成(1)】\n• 重新设计落地页');
    expect(p!.preview).toContain(
      '【进行中(1)】\n• 整理客户反馈 —— @王五(财务部);完成时间:2026-12-10',
    );
    expect(p!.preview).toContain(
      '提交成本报告 —— @钱七(财务部);延期原因:等待生产部数据;调整后时间:2026-12-12',
    );
  });

  it('the test message names the group and puts the keyword in when required', () => {
    const c = testContent('市场部群', '2026-12-02 10:00', 'zh-CN');
    const [p] = partsFor(group('dingtalk', '周报'), c, 'zh-CN');
    expect(p!.preview).toContain('群“市场部群”已连接');
    expect(p!.preview.startsWith('【周报】')).toBe(true);
  });
});
