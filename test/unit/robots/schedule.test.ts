import { describe, expect, it } from 'vitest';
import {
  digestDue,
  itemsForGroup,
  lastDigestAt,
  nextDigestAt,
  reminderGroupsFor,
} from '../../../lib/robots/schedule';
import type { ActionItem } from '../../../lib/schema';

const TZ = 'Asia/Shanghai';
const t = (iso: string) => Date.parse(iso);
// Friday 17:30 in Shanghai is 09:30 UTC.
const FRIDAY = { day: 5, time: '17:30' };

describe('robot schedule: weekly digest', () => {
  it('finds the last and next Friday 17:30 in the user’s zone', () => {
    // Wednesday 2026-03-04 12:00 Shanghai.
    const now = t('2026-03-04T04:00:00Z');
    expect(new Date(lastDigestAt(FRIDAY, now, TZ)).toISOString()).toBe('2026-02-27T09:30:00.000Z');
    expect(new Date(nextDigestAt(FRIDAY, now, TZ)).toISOString()).toBe('2026-03-06T09:30:00.000Z');
    // At exactly the time, it is this week's.
    const at = t('2026-03-06T09:30:00Z');
    expect(lastDigestAt(FRIDAY, at, TZ)).toBe(at);
  });

  it('is due once after its time, also when the browser was closed then', () => {
    const lastRun = t('2026-03-02T01:00:00Z'); // Monday
    expect(digestDue(FRIDAY, lastRun, t('2026-03-06T09:29:00Z'), TZ)).toBeNull();
    const due = digestDue(FRIDAY, lastRun, t('2026-03-06T09:31:00Z'), TZ);
    expect(due).toBe(t('2026-03-06T09:30:00Z'));
    // Browser closed all weekend: still due on Monday, once.
    expect(digestDue(FRIDAY, lastRun, t('2026-03-09T01:00:00Z'), TZ)).toBe(due);
    // Posted (the run recorded): not again until next Friday.
    expect(digestDue(FRIDAY, t('2026-03-09T01:00:00Z'), t('2026-03-12T01:00:00Z'), TZ)).toBeNull();
  });

  it('nothing is due before a first check, or without a digest', () => {
    expect(digestDue(FRIDAY, null, t('2026-03-06T10:00:00Z'), TZ)).toBeNull();
    expect(digestDue(null, 0, t('2026-03-06T10:00:00Z'), TZ)).toBeNull();
  });
});

describe('robot schedule: which items and groups', () => {
  const item = (id: string, series: string) => ({ id, series }) as ActionItem;
  const items = [item('a', '项目Q3推广'), item('b', '周例会'), item('c', '')];
  const prefs = {
    seriesDefaults: [{ series: '项目Q3推广', group: 'g1' }],
    reminderGroups: ['g1', 'g2'],
  };
  const groups = [{ id: 'g1' }, { id: 'g2' }, { id: 'g3' }];

  it('a series’ default group gets that series’ items; another group gets all', () => {
    expect(itemsForGroup(items, 'g1', prefs).map((i) => i.id)).toEqual(['a']);
    expect(itemsForGroup(items, 'g2', prefs).map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('a reminder goes to its series’ group only, else to every group with reminders on', () => {
    expect(reminderGroupsFor(items[0]!, groups, prefs)).toEqual(['g1']);
    expect(reminderGroupsFor(items[1]!, groups, prefs)).toEqual(['g1', 'g2']);
    expect(reminderGroupsFor(items[0]!, groups, { ...prefs, reminderGroups: ['g2'] })).toEqual([]);
  });
});
