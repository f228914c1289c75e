import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ActionItemRepo } from '../../lib/store/action-items';
import { openMinutesDB, UNBUILT } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { snippetOf } from '../../lib/search/snippet';
import { indexTerms, queryTerms, queryWords } from '../../lib/search/terms';
import type { Meeting } from '../../lib/schema';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

const SEED_ID = 'm-2026-q3-promo';

/** A query's terms are all in the index of `text` (a prefix term: some term begins with it). */
function holds(text: string, query: string) {
  const terms = indexTerms([text]);
  return queryTerms(query).every(({ term, prefix }) =>
    prefix ? terms.some((t) => t.startsWith(term)) : terms.includes(term),
  );
}

describe('the search terms, Chinese and English mixed', () => {
  const text = '主要原因是落地页引导不清晰,Landing-Page redesign 由张伟负责(Ｑ３)';

  it('finds every substring of Chinese typed, whatever a word segmenter would make of it', () => {
    const run = '主要原因是落地页引导不清晰';
    for (let i = 0; i < run.length; i++) {
      for (let j = i + 1; j <= run.length; j++) expect(holds(text, run.slice(i, j))).toBe(true);
    }
  });

  it('finds English words case-insensitively, the last one as typed so far, and full-width as half', () => {
    expect(holds(text, 'landing page')).toBe(true);
    expect(holds(text, 'LANDING redes')).toBe(true);
    expect(holds(text, 'q3')).toBe(true);
    expect(holds(text, 'redes landing')).toBe(false); // only the last word is a prefix
    expect(holds(text, '张伟 redesign')).toBe(true);
    expect(holds(text, '王伟')).toBe(false);
  });

  it('a query with nothing searchable has no terms', () => {
    expect(queryTerms(' ,。!? ')).toEqual([]);
    expect(queryWords('落地页 落地页 Promo')).toEqual(['落地页', 'promo']);
  });
});

describe('snippets', () => {
  it('cuts around the first match and marks every match in it', () => {
    const text = `${'前文'.repeat(20)}落地页引导不清晰,落地页要改版。${'后文'.repeat(40)}`;
    const s = snippetOf(text, ['落地页'])!;
    expect(s.cutBefore).toBe(true);
    expect(s.cutAfter).toBe(true);
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['落地页', '落地页']);
  });

  it('marks in the original text, case and width as typed by the user', () => {
    const s = snippetOf('The Landing Page', ['landing'])!;
    expect(s.marks.map(([a, b]) => s.text.slice(a, b))).toEqual(['Landing']);
    expect(snippetOf('nothing here', ['landing'])).toBeNull();
  });
});

async function fresh() {
  const db = await openMinutesDB(`search-${Math.random()}`);
  return { db, meetings: new MeetingRepo(db), items: new ActionItemRepo(db) };
}

const ids = (r: Awaited<ReturnType<MeetingRepo['search']>>) => r.results.map((x) => x.meeting.id);

describe('the search index, written with every record', () => {
  it('finds a talking point by a Chinese word, with its topic and the match marked', async () => {
    const { meetings } = await fresh();
    await meetings.create(seedMeetingFor('zh-CN'));
    const { results } = await meetings.search('落地页');
    expect(results).toHaveLength(1);
    const hit = results[0]!.hits.find((h) => h.kind === 'point')!;
    expect(hit).toMatchObject({ refId: 'p1', topicId: 't1', topic: 'Q2推广活动复盘' });
    const marked = hit.snippet.marks.map(([a, b]) => hit.snippet.text.slice(a, b));
    expect(marked).toEqual(['落地页']);
  });

  it('follows saves, deletes and restores from the trash', async () => {
    const { meetings } = await fresh();
    const m = await meetings.create(seedMeetingFor('zh-CN'));
    const points = m.points.map((p) =>
      p.id === 'p1' ? { ...p, text: '直播带货效果超出预期' } : p,
    );
    await meetings.save(m, { ...m, points });
    expect(ids(await meetings.search('直播带货'))).toEqual([SEED_ID]);
    // 落地页 is still in a decision; 曝光量 was only in the point that changed.
    expect(ids(await meetings.search('曝光量'))).toEqual([]);
    await meetings.remove(SEED_ID);
    expect(ids(await meetings.search('直播带货'))).toEqual([]);
    await meetings.restore(SEED_ID);
    expect(ids(await meetings.search('直播带货'))).toEqual([SEED_ID]);
  });

  it('reads a meeting again once it changed, after a search that held its text', async () => {
    // The search holds the texts it read (lib/store/search-hit.ts); another view saves.
    const { db, meetings } = await fresh();
    const other = new MeetingRepo(await openMinutesDB(db.name));
    const m = await meetings.create(seedMeetingFor('zh-CN'));
    expect(ids(await meetings.search('曝光量'))).toEqual([SEED_ID]);
    const points = m.points.map((p) => (p.id === 'p1' ? { ...p, text: '曝光量改为直播带货' } : p));
    await other.save(m, { ...m, points });
    const { results } = await meetings.search('曝光量');
    const hit = results[0]!.hits.find((h) => h.kind === 'point')!;
    expect(hit.snippet.text).toContain('曝光量改为直播带货');
    expect(ids(await meetings.search('直播带货'))).toEqual([SEED_ID]);
  });

  it('finds action items under their meeting, and forgets a deleted one', async () => {
    const { meetings, items } = await fresh();
    await meetings.create(seedMeetingFor('en'));
    for (const item of seedItemsFor('en')) await items.create(item);
    const { results } = await meetings.search('media plan');
    expect(ids({ results, candidates: 1 })).toEqual([SEED_ID]);
    expect(results[0]!.hits.map((h) => [h.kind, h.refId])).toEqual([['item', 'ai-3']]);
    await items.remove('ai-3');
    expect(ids(await meetings.search('media plan'))).toEqual([]);
    // The meeting itself is untouched by the item's delete.
    expect(ids(await meetings.search('landing'))).toEqual([SEED_ID]);
  });

  it("matches words across a meeting's fields, but not pairs of characters that are not the word", async () => {
    const { meetings } = await fresh();
    const m = seedMeetingFor('zh-CN');
    await meetings.create(m);
    expect(ids(await meetings.search('钱七 落地页'))).toEqual([SEED_ID]); // attendee + point
    const other: Meeting = {
      ...m,
      id: 'pairs-only',
      title: '落地方案和本地页面',
      points: [],
      decisions: [],
      goal: '',
      summary: '',
    };
    await meetings.create(other);
    // 落地 and 地页 are both in it, 落地页 is not.
    expect(ids(await meetings.search('落地页'))).toEqual([SEED_ID]);
  });

  it('ranks meetings newest first and pages them', async () => {
    const { meetings } = await fresh();
    const m = seedMeetingFor('zh-CN');
    for (let i = 0; i < 5; i++) {
      await meetings.create({ ...m, id: `w${i}`, startAt: `2026-0${i + 1}-02T06:00:00.000Z` });
    }
    const first = await meetings.search('转化率', 3);
    expect(ids(first)).toEqual(['w4', 'w3', 'w2']);
    expect(first.candidates).toBe(5);
  });

  it('is written with a backup restore, and built after an upgrade that stopped before it', async () => {
    const { db, meetings } = await fresh();
    await meetings.restoreMany([seedMeetingFor('zh-CN')], false);
    expect(ids(await meetings.search('小红书'))).toEqual([SEED_ID]);
    // As if the browser stopped between the upgrade and the build (lib/store/db.ts).
    await db.clear('search');
    await db.put('search', { id: UNBUILT, meetingId: '', terms: [] });
    expect(ids(await meetings.search('小红书'))).toEqual([SEED_ID]);
    expect(await db.count('search', UNBUILT)).toBe(0);
  });
});
