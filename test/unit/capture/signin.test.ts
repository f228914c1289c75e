import { describe, expect, it } from 'vitest';
import {
  attendanceCounts,
  buildDirectory,
  departmentOf,
  groupAttendees,
  markRestPresent,
  speakersOf,
} from '../../../lib/capture/signin';
import type { Attendee } from '../../../lib/schema';

const person = (
  name: string,
  department: string,
  attendance: Attendee['attendance'] = 'unknown',
  substitute = '',
): Attendee => ({
  id: name,
  name,
  department,
  role: 'executor',
  attendance,
  absenceReason: '',
  substitute,
});

const roster = [
  person('张三', '市场部', 'present'),
  person('王五', '销售部', 'absent', '钱七'),
  person('李四', ' 市场部 ', 'late'),
  person('孙七', '产品部'),
  person('无名', ''),
];

describe('sign-in', () => {
  it('groups by department in the order they appear', () => {
    expect(
      groupAttendees(roster).map((g) => `${g.department}:${g.people.map((p) => p.name)}`),
    ).toEqual(['市场部:张三,李四', '销售部:王五', '产品部:孙七', ':无名']);
  });

  it('counts attendance and substitutes', () => {
    expect(attendanceCounts(roster)).toEqual({
      unknown: 2,
      present: 1,
      late: 1,
      absent: 1,
      substitutes: 1,
    });
  });

  it('marks those not signed in as present, and nobody else', () => {
    const next = markRestPresent(roster);
    expect(next.map((a) => a.attendance)).toEqual([
      'present',
      'absent',
      'late',
      'present',
      'present',
    ]);
    expect(markRestPresent(next)).toBe(next);
  });

  it('knows the speakers and their departments, substitutes included', () => {
    expect(speakersOf(roster)).toEqual(['张三', '王五', '钱七', '李四', '孙七', '无名']);
    expect(departmentOf(roster, '钱七')).toBe('销售部');
    expect(departmentOf(roster, '李四')).toBe('市场部');
    expect(departmentOf(roster, '谁')).toBe('');
  });

  it('remembers departments and people, most often seen first', () => {
    const older = [person('张三', '市场部'), person('周八', '财务部')];
    const dir = buildDirectory([roster, older]);
    expect(dir.departments).toEqual(['市场部', '销售部', '产品部', '财务部']);
    expect(dir.people.slice(0, 2)).toEqual([
      { name: '张三', department: '市场部' },
      { name: '王五', department: '销售部' },
    ]);
    expect(dir.people).toContainEqual({ name: '钱七', department: '销售部' });
    expect(dir.people).toContainEqual({ name: '周八', department: '财务部' });
  });
});
