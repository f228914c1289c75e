import { describe, expect, it } from 'vitest';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../lib/format';

describe('date forms', () => {
  it('round-trips a datetime-local value through the stored instant', () => {
    const iso = fromLocalInput('2026-03-02T14:00');
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2026-03-02T14:00');
  });

  it.each(['', 'garbage'])('treats %j as no date', (value) => {
    expect(fromLocalInput(value)).toBeNull();
  });

  it('shows dates in the UI language', () => {
    const iso = '2026-03-02T06:00:00.000Z';
    expect(formatDateTime(iso, 'zh-CN')).toContain('2026');
    expect(formatDateTime(iso, 'zh-CN')).toMatch(/年|\//);
    expect(formatDateTime(iso, 'en')).toMatch(/Mar/);
  });
});
