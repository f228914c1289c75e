import { describe, expect, it } from 'vitest';
import {
  mergeBodies,
  setAtPath,
  shownConflicts,
  syncBody,
  unionHistory,
} from '../../../lib/sync/records';

/** What of a record travels and how two computers' versions come together (lib/sync/records.ts). */
describe('sync records', () => {
  it('the revision and the seal stay on this computer', () => {
    expect(syncBody({ id: 'm1', rev: 7, seal: '1:x:y', title: '周会' })).toEqual({
      id: 'm1',
      title: '周会',
    });
  });

  it('both histories are kept, each entry once, oldest first; the later edit time wins', () => {
    const e = (at: string, note: string) => ({
      at,
      by: '王五',
      meetingId: null,
      changes: [],
      note,
    });
    const shared = e('2026-03-01T00:00:00.000Z', '开始');
    const merged = mergeBodies(
      'actionItem',
      { task: 'T', history: [shared], updatedAt: '2026-03-01T00:00:00.000Z' },
      {
        task: 'T',
        history: [shared, e('2026-03-03T00:00:00.000Z', '本机')],
        updatedAt: '2026-03-03T00:00:00.000Z',
      },
      {
        task: 'T',
        history: [shared, e('2026-03-02T00:00:00.000Z', '另一台')],
        updatedAt: '2026-03-02T00:00:00.000Z',
      },
    ) as { history: { note: string }[]; updatedAt: string };
    expect(merged.history.map((h) => h.note)).toEqual(['开始', '另一台', '本机']);
    expect(merged.updatedAt).toBe('2026-03-03T00:00:00.000Z');
    expect(unionHistory([shared], [shared])).toEqual([shared]);
  });

  it('the edit time and the merged trail are not conflicts for the user', () => {
    const fields = [
      { path: 'updatedAt', local: 'a', remote: 'b' },
      { path: 'history', local: [], remote: [] },
      { path: 'task', local: '甲', remote: '乙' },
    ];
    expect(shownConflicts('actionItem', fields).map((f) => f.path)).toEqual(['task']);
  });

  it('a chosen value goes to its field, also inside a topic found by id', () => {
    const m = {
      title: 'A',
      topics: [
        { id: 't1', notes: '本机' },
        { id: 't2', notes: '' },
      ],
    };
    expect(setAtPath(m, 'title', 'B')).toEqual({ ...m, title: 'B' });
    expect(setAtPath(m, 'topics[t1].notes', '另一台')).toEqual({
      title: 'A',
      topics: [
        { id: 't1', notes: '另一台' },
        { id: 't2', notes: '' },
      ],
    });
    expect(setAtPath({ due: '2026-03-01' }, 'due', null)).toEqual({ due: null });
    expect(setAtPath({ a: 1, b: 2 }, 'b', undefined)).toEqual({ a: 1 });
    // The topic was deleted since: nothing to write.
    expect(setAtPath(m, 'topics[t9].notes', 'x')).toBeNull();
  });
});
