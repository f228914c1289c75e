import { describe, expect, it } from 'vitest';
import {
  SUMMARY_LABELS,
  closeOutSummary,
  minutesDeadlines,
  type SummaryItem,
} from '../../../lib/capture/summary';

const item = (init: Partial<SummaryItem>): SummaryItem => ({
  task: '',
  ownerName: '',
  ownerDepartment: '',
  dueDate: null,
  ownerConfirmed: true,
  ...init,
});
const decisions = [{ text: '同意增加生产线' }, { text: '  ' }, { text: 'Q3推广前\n统一口径' }];
const items = [
  item({
    task: '提交成本报告',
    ownerName: '张三',
    ownerDepartment: '市场部',
    dueDate: '2026-03-06',
  }),
  item({ task: '更新落地页', ownerName: '李四', ownerDepartment: '产品部', ownerConfirmed: false }),
  item({ task: '核对预算' }),
  item({ task: '   ', ownerName: '王五' }),
];

describe('closeOutSummary', () => {
  it('drafts the zh-CN close-out with what is still open visible', () => {
    expect(closeOutSummary(decisions, items, SUMMARY_LABELS['zh-CN'])).toBe(
      [
        '决议事项:',
        '1. 同意增加生产线',
        '2. Q3推广前 统一口径',
        '行动计划:',
        '1. 市场部 张三:提交成本报告(截止 2026-03-06)',
        '2. 产品部 李四:更新落地页(截止 待定)(待负责人确认)',
        '3. 负责人待定:核对预算(截止 待定)',
      ].join('\n'),
    );
  });

  it('drafts the en close-out', () => {
    const en = [
      item({
        task: 'Submit the cost report',
        ownerName: 'Alice',
        ownerDepartment: 'Finance',
        dueDate: '2026-03-06',
      }),
      item({ task: 'Fix the landing page', ownerName: 'Bob', ownerConfirmed: false }),
    ];
    expect(closeOutSummary([{ text: 'Add a production line' }], en, SUMMARY_LABELS.en)).toBe(
      [
        'Decisions:',
        '1. Add a production line',
        'Action plan:',
        '1. Finance Alice: Submit the cost report (due 2026-03-06)',
        '2. Bob: Fix the landing page (due TBD) (owner to confirm)',
      ].join('\n'),
    );
  });

  it.each([
    ['zh-CN', '决议事项:\n无\n行动计划:\n无'],
    ['en', 'Decisions:\nNone\nAction plan:\nNone'],
  ] as const)('says there is nothing (%s)', (locale, expected) => {
    expect(closeOutSummary([], [], SUMMARY_LABELS[locale])).toBe(expected);
  });

  it('keeps typed text as typed, replacement patterns included', () => {
    const text = closeOutSummary(
      [],
      [item({ task: '$& {due} $1', ownerName: '$`' })],
      SUMMARY_LABELS.en,
    );
    expect(text).toContain('1. $`: $& {due} $1 (due TBD)');
  });
});

describe('minutesDeadlines', () => {
  const end = '2026-03-02T08:00:00.000Z';
  const at = (iso: string) => new Date(iso);

  it.each([
    ['2026-03-02T08:00:00Z', 'upcoming', 'upcoming'],
    ['2026-03-02T09:29:59Z', 'upcoming', 'upcoming'],
    ['2026-03-02T09:30:00Z', 'due-soon', 'upcoming'],
    ['2026-03-02T10:00:00Z', 'due-soon', 'upcoming'], // exactly 2 hours after: still on time
    ['2026-03-02T10:00:01Z', 'late', 'upcoming'],
    ['2026-03-03T03:59:59Z', 'late', 'upcoming'],
    ['2026-03-03T04:00:00Z', 'late', 'due-soon'],
    ['2026-03-03T08:00:01Z', 'late', 'late'],
  ])('at %s: draft %s, distribute %s', (now, draft, distribute) => {
    expect(minutesDeadlines(end, at(now)).map((d) => [d.key, d.state])).toEqual([
      ['draft', draft],
      ['distribute', distribute],
    ]);
  });

  it('gives the due times and how long is left', () => {
    const [draft, distribute] = minutesDeadlines(
      '2026-03-02T16:00:00+08:00',
      at('2026-03-02T08:30:00Z'),
    );
    expect(draft).toEqual({
      key: 'draft',
      due: at('2026-03-02T10:00:00Z'),
      msLeft: 90 * 60_000,
      state: 'upcoming',
    });
    expect(distribute!.due).toEqual(at('2026-03-03T08:00:00Z'));
  });

  it.each([null, '', 'not a date'])('has none before the meeting has an end (%j)', (endAt) => {
    expect(minutesDeadlines(endAt, at(end))).toEqual([]);
  });
});
