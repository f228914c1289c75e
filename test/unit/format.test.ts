import { describe, expect, it } from 'vitest';
import { formatDateTime, fromLocalInput, toLocalInput } from '../../lib/format';

describe('date forms', () => {
  it('round-trips a datetime-local value through the stored instant', () => {
    const iso = fromLocalInput('2026-03-02T14:00');
    expect(iso).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00\.000Z$/);
    expect(toLocalInput(iso)).toBe('2026-03-02T14:00');
  });

  // A browser's datetime-local accepts years up to 275760; the schema keeps 1000–9999, so a
  // year typed outside it is no date rather than a draft that can no longer be read back.
  it.each(['', 'garbage', '0001-01-01T00:00', '0999-12-31T23:59', '275760-09-13T00:00'])(
    'treats %j as no date',
    (value) => {
      expect(fromLocalInput(value)).toBeNull();
    },
  );

  it('shows dates in the UI language', () => {
    const iso = '2026-03-02T06:00:00.000Z';
    expect(formatDateTime(iso, 'zh-CN')).toContain('2026');
    expect(formatDateTime(iso, 'zh-CN')).toMatch(/年|\//);
    expect(formatDateTime(iso, 'en')).toMatch(/Mar/);
  });
});
