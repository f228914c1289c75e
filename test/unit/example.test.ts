import { describe, expect, it } from 'vitest';
import { exampleMeeting } from '../../lib/example';
import { parseMeeting } from '../../lib/schema';

describe('the example meeting', () => {
  it.each(['zh-CN', 'en'] as const)('is a valid, complete meeting in %s', (locale) => {
    const m = exampleMeeting(locale, new Date('2026-03-01T08:00:00Z'));
    expect(parseMeeting(JSON.parse(JSON.stringify(m))).ok).toBe(true);
    expect(m.topics).toHaveLength(5);
    expect(new Set(m.attendees.map((a) => a.department)).size).toBe(4);
    expect(m.attendees.filter((a) => a.attendance === 'absent' && a.substitute)).toHaveLength(1);
    expect(m.points.map((p) => p.kind)).toEqual(['viewpoint', 'viewpoint', 'consensus']);
  });

  it('uses the template’s words in Chinese', () => {
    const m = exampleMeeting('zh-CN', new Date('2026-03-01T08:00:00Z'));
    expect(m.title).toBe('项目Q3推广跨部门协作会');
    expect(m.points[0]!.text).toContain('转化率低于目标(3% vs 目标5%)');
  });
});
