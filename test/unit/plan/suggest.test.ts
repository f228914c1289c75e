import { describe, expect, it } from 'vitest';
import { Attendee } from '../../../lib/schema';
import { suggestDepartments, suggestOwners } from '../../../lib/plan/suggest';

const person = (id: string, name: string, department: string, more: Partial<Attendee> = {}) =>
  Attendee.parse({ id, name, department, ...more });

// The seed's sign-in: 张小明 (销售部) is away on business, 李张 attends for him.
const attendees = [
  person('1', '张三', '市场部', { attendance: 'present' }),
  person('2', '张小明', '销售部', {
    attendance: 'absent',
    absenceReason: '出差',
    substitute: '李张',
  }),
  person('3', '王五', '财务部'),
  person('4', '小张', '产品部', { attendance: 'late' }),
  person('5', '张三', '市场部', { attendance: 'present' }), // signed in twice
  person('6', 'Alice Wang', '产品部', { attendance: 'present' }),
];
const names = (typed: string) => suggestOwners(attendees, typed).map((s) => s.name);

describe('owner suggestions', () => {
  it.each([
    ['张', ['张三', '李张', '小张', '张小明']],
    ['张三', ['张三']],
    ['王', ['王五']],
    ['ali', ['Alice Wang']],
    ['WANG', ['Alice Wang']],
    ['赵', []],
    ['', ['张三', '李张', '小张', 'Alice Wang', '王五', '张小明']],
  ])('typing %j suggests %j', (typed, expected) => {
    expect(names(typed)).toEqual(expected);
  });

  it('gives the department with the name and says who is a substitute', () => {
    expect(suggestOwners(attendees, '李')).toEqual([
      { name: '李张', department: '销售部', substitute: true },
    ]);
  });

  it('stops at the limit', () => {
    expect(suggestOwners(attendees, '', 2)).toHaveLength(2);
  });
});

describe('department suggestions', () => {
  it.each([
    ['部', ['市场部', '销售部', '产品部', '财务部']],
    ['市', ['市场部']],
    ['场', ['市场部']],
    ['产品', ['产品部']],
    ['法务', []],
  ])('typing %j suggests %j', (typed, expected) => {
    expect(suggestDepartments(attendees, typed)).toEqual(expected);
  });
});
