import { describe, expect, it } from 'vitest';
import { ActionItem } from '../../../lib/schema';
import {
  LIMITS,
  draftToPatch,
  isValid,
  validateDraft,
  type ActionItemDraft,
  type DraftErrors,
  type ValidationContext,
} from '../../../lib/plan/validate';
import { makeItem } from '../../helpers/items';

// The seed meeting: Monday 2026-03-02, 14:00 in Beijing.
const ctx: ValidationContext = {
  meetingAt: '2026-03-02T06:00:00.000Z',
  today: '2026-03-02',
  timeZone: 'Asia/Shanghai',
};
const ok: ActionItemDraft = {
  task: '提交增加生产线的成本报告',
  ownerName: '王五',
  ownerDepartment: '财务部',
  dueDate: '2026-03-06',
  status: 'not_started',
};
const delayed = { status: 'delayed', delayReason: '供应商报价未到' } as const;
const long = (n: number) => '长'.repeat(n);

describe('validateDraft', () => {
  it.each<[string, ActionItemDraft, DraftErrors, Partial<ValidationContext>?]>([
    ['a complete row', {}, {}],
    ['no task', { task: '' }, { task: 'required' }],
    ['a task of spaces', { task: '   ' }, { task: 'required' }],
    ['a task at the limit', { task: long(2000) }, {}],
    ['a task over the limit', { task: long(2001) }, { task: 'tooLong' }],
    ['no owner', { ownerName: '' }, { ownerName: 'required' }],
    ['an owner name over 100', { ownerName: long(101) }, { ownerName: 'tooLong' }],
    ['no department is fine', { ownerDepartment: '' }, {}],
    ['a department over 100', { ownerDepartment: long(101) }, { ownerDepartment: 'tooLong' }],
    ['a series over 200', { series: long(201) }, { series: 'tooLong' }],
    ['support over 2000', { support: long(2001) }, { support: 'tooLong' }],
    ['notes over 5000', { notes: long(5001) }, { notes: 'tooLong' }],
    ['no due date', { dueDate: '' }, { dueDate: 'required' }],
    ['a null due date', { dueDate: null }, { dueDate: 'required' }],
    ['a day that does not exist', { dueDate: '2026-02-30' }, { dueDate: 'invalid' }],
    ['a due date as prose', { dueDate: '本周五' }, { dueDate: 'invalid' }],
    ['due before the meeting', { dueDate: '2026-03-01' }, { dueDate: 'beforeMeeting' }],
    ['due on the meeting day', { dueDate: '2026-03-02' }, {}],
    [
      "the meeting's day is its day in the user's zone",
      { dueDate: '2026-03-02' },
      {},
      { meetingAt: '2026-03-01T17:00:00.000Z' }, // 01:00 on the 2nd in Beijing
    ],
    [
      'without a meeting date, today is the earliest',
      { dueDate: '2026-03-06' },
      { dueDate: 'beforeMeeting' },
      { meetingAt: null, today: '2026-03-10' },
    ],
    [
      'without a meeting date, a stored due date that has passed is kept',
      { dueDate: '2026-03-06' },
      {},
      { meetingAt: null, today: '2026-03-10', stored: { dueDate: '2026-03-06' } },
    ],
    ['a start after the due date', { startDate: '2026-03-07' }, { startDate: 'afterDue' }],
    ['a start on the due date', { startDate: '2026-03-06' }, {}],
    ['a start date as prose', { startDate: 'soon' }, { startDate: 'invalid' }],
    [
      'delayed with neither reason nor date',
      { status: 'delayed' },
      { delayReason: 'requiredWhenDelayed', revisedDueDate: 'requiredWhenDelayed' },
    ],
    ['delayed without a date', { ...delayed }, { revisedDueDate: 'requiredWhenDelayed' }],
    [
      'delayed to the same day',
      { ...delayed, revisedDueDate: '2026-03-06' },
      { revisedDueDate: 'beforeDue' },
    ],
    ['delayed to a later day', { ...delayed, revisedDueDate: '2026-03-13' }, {}],
    [
      'an adjusted date before the due date',
      { revisedDueDate: '2026-03-05' },
      { revisedDueDate: 'beforeDue' },
    ],
    ['an adjusted date as prose', { revisedDueDate: '下周' }, { revisedDueDate: 'invalid' }],
    ['a delay reason over 2000', { delayReason: long(2001) }, { delayReason: 'tooLong' }],
    [
      '51 collaborating departments',
      { collaborators: Array.from({ length: 51 }, (_, i) => `部门${i}`) },
      { collaborators: 'tooLong' },
    ],
    [
      'a collaborator over 100',
      { collaborators: ['市场部', long(101)] },
      { collaborators: 'tooLong' },
    ],
    [
      'every problem at once',
      { task: '', ownerName: ' ', dueDate: '2026-02-28', startDate: '2026-03-01' },
      { task: 'required', ownerName: 'required', dueDate: 'beforeMeeting', startDate: 'afterDue' },
    ],
  ])('%s', (_name, change, expected, context = {}) => {
    const errors = validateDraft({ ...ok, ...change }, { ...ctx, ...context });
    expect(errors).toEqual(expected);
    expect(isValid(errors)).toBe(Object.keys(expected).length === 0);
  });

  it.each([
    'task',
    'ownerName',
    'ownerDepartment',
    'series',
    'support',
    'delayReason',
    'notes',
  ] as const)('the limit of %s is the schema limit', (field) => {
    const at = ActionItem.safeParse({ ...makeItem(), [field]: long(LIMITS[field]) });
    const over = ActionItem.safeParse({ ...makeItem(), [field]: long(LIMITS[field] + 1) });
    expect([at.success, over.success]).toEqual([true, false]);
  });

  it('turns a valid draft into item fields: trimmed text, empty dates as null', () => {
    const patch = draftToPatch({
      ...ok,
      task: '  提交成本报告 ',
      startDate: '',
      revisedDueDate: ' ',
      collaborators: [' 市场部', '', '销售部 '],
    });
    expect(patch).toEqual({
      task: '提交成本报告',
      ownerName: '王五',
      ownerDepartment: '财务部',
      dueDate: '2026-03-06',
      status: 'not_started',
      startDate: null,
      revisedDueDate: null,
      collaborators: ['市场部', '销售部'],
    });
    expect(ActionItem.safeParse({ ...makeItem(), ...patch }).success).toBe(true);
  });
});
