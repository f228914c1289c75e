import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../lib/schema';
import { EXTRA_TERMS, termWrite } from '../../lib/search/delta';
import { ActionItemRepo } from '../../lib/store/action-items';
import { openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

/**
 * The search at the scale of years of minutes (issue 16): a save writes only the terms new to
 * the index (lib/search/delta.ts), and a query whose words are in hundreds of meetings walks
 * them newest first (lib/store/search-walk.ts). What a user relies on: every word typed since
 * is found, a word deleted no longer finds the meeting, and results are the same newest-first
 * meetings whichever way the query went.
 */
async function fresh() {
  const db = await openMinutesDB(`search-scale-${Math.random()}`);
  return { db, meetings: new MeetingRepo(db), items: new ActionItemRepo(db) };
}
const ids = (r: Awaited<ReturnType<MeetingRepo['search']>>) => r.results.map((x) => x.meeting.id);
const withPoint = (m: Meeting, text: string): Meeting => ({
  ...m,
  points: m.points.map((p) => (p.id === 'p1' ? { ...p, text } : p)),
});

describe('a save writes only the new terms', () => {
  it('adds nothing for an edit with no new term, and the new ones alone otherwise', () => {
    expect(termWrite(['落地', '地页', '页'], [], ['落地', '地页', '页'])).toEqual({ kind: 'none' });
    expect(termWrite(['落地', '地页', '页'], [['改版']], ['落地', '改版'])).toEqual({
      kind: 'none',
    });
    expect(termWrite(['落地'], [], ['落地', '页面'])).toEqual({ kind: 'add', terms: ['页面'] });
    expect(termWrite(undefined, [], ['落地'])).toEqual({ kind: 'rebase' });
  });

  it('rewrites the record whole when too much is held apart or stale', () => {
    const many = (n: number, p = 't') => Array.from({ length: n }, (_, i) => `${p}${i}`);
    const held = [many(EXTRA_TERMS - 1, 'x')];
    expect(termWrite(['a'], held, ['a', ...held[0]!, 'y'])).toEqual({ kind: 'add', terms: ['y'] });
    expect(termWrite(['a'], held, ['a', ...held[0]!, 'y', 'z'])).toEqual({ kind: 'rebase' });
    expect(termWrite(many(200), [], many(50))).toEqual({ kind: 'rebase' });
  });

  it('finds every word typed across many saves, and forgets deleted ones after the rewrite', async () => {
    const { db, meetings } = await fresh();
    let m = await meetings.create(seedMeetingFor('zh-CN'));
    const typed = ['页面改版', '直播带货', '供应商复核', '海外仓储', '会员积分'];
    let text = '落地页';
    for (const word of typed) {
      text += word;
      m = (await meetings.save(m, withPoint(m, text))).saved;
    }
    // The words' pairs are split between the meeting's record and its extras.
    expect(await db.count('search')).toBeGreaterThan(2);
    for (const word of ['落地页页面改版', ...typed, '仓储会员']) {
      expect(ids(await meetings.search(word))).toEqual(['m-2026-q3-promo']);
    }
    m = (await meetings.save(m, withPoint(m, '只剩这一句'))).saved;
    // Still in the index for a while, never a result: hits are checked against the text.
    expect(ids(await meetings.search('直播带货'))).toEqual([]);
    expect(ids(await meetings.search('只剩这一句'))).toEqual(['m-2026-q3-promo']);
    await meetings.remove(m.id);
    expect(await db.count('search')).toBe(0);
  });
});

describe('a query of words in hundreds of meetings', () => {
  /** 300 meetings holding 转化率 and 落地页, one a day, the newest last; items under one. */
  async function archive() {
    const base = seedMeetingFor('zh-CN');
    const day = (i: number) => new Date(Date.UTC(2025, 0, 1) + i * 86_400_000).toISOString();
    const list: Meeting[] = Array.from({ length: 300 }, (_, i) => ({
      ...base,
      id: `m${String(i).padStart(3, '0')}`,
      startAt: day(i),
      // Each in over 256 meetings (the index's "common"), together in none of the newest 30.
      title: `${i < 270 ? '复盘会' : ''} ${i < 242 || i >= 270 ? '季度目标' : ''}`,
    }));
    const t = await fresh();
    await t.meetings.restoreMany(list, false);
    const items = seedItemsFor('zh-CN').map((item) => ({ ...item, meetingId: 'm150' }));
    await t.items.restoreMany(items, false);
    return t;
  }

  it('lists the newest meetings first, pages them, and says how many there may be', async () => {
    const { meetings } = await archive();
    const r = await meetings.search('转化率 落地页', 5);
    expect(ids(r)).toEqual(['m299', 'm298', 'm297', 'm296', 'm295']);
    expect(r.candidates).toBe(300);
    expect(ids(await meetings.search('转', 3))).toEqual(['m299', 'm298', 'm297']);
    expect((await meetings.search('不存在的词')).results).toEqual([]);
  });

  it('finds common words that meet only in older meetings, and action items among them', async () => {
    const { meetings } = await archive();
    const both = await meetings.search('复盘会 季度目标', 3);
    expect(ids(both)).toEqual(['m241', 'm240', 'm239']);
    expect(both.candidates).toBe(242);
    const task = seedItemsFor('zh-CN')[0]!.task;
    const r = await meetings.search(`${task} 转化率`, 3);
    expect(ids(r)[0]).toBe('m150');
    expect(r.results[0]!.hits.map((h) => h.kind)).toContain('item');
  });
});
