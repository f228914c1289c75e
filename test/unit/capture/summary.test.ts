import { describe, expect, it } from 'vitest';
import { SUMMARY_LABELS, closeOutSummary, type SummaryItem } from '../../../lib/capture/summary';

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
