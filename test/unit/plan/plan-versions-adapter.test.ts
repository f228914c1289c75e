import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planVersionStore, type PlanVersionStore } from '../../../lib/adapters/plan-versions';
import { snapshotPlan } from '../../../lib/plan/versions';
import { openMinutesDB, type MinutesDatabase } from '../../../lib/store/db';
import { testShelves } from '../../helpers/shelves';
import { makeItem } from '../../helpers/items';

const at = new Date('2026-03-13T08:00:00Z');
let db: MinutesDatabase;
let store: PlanVersionStore;

beforeEach(async () => {
  fakeBrowser.reset();
  db = await openMinutesDB(`plan-versions-${Math.random()}`);
  store = planVersionStore(testShelves(fakeBrowser, db));
});

describe('plan versions (the planVersions shelf, IndexedDB)', () => {
  it('keeps each meeting’s versions in order, read back as written', async () => {
    const a = makeItem({ id: 'a', meetingId: 'm1' });
    const v1 = snapshotPlan([a], 'm1', at, '首版', 'v1');
    const v2 = snapshotPlan([a, makeItem({ id: 'b' })], 'm1', at, '政策变化,重新分工', 'v2');
    await store.add(v1);
    await store.add(v2);
    await store.add(snapshotPlan([], 'm2', at, '', 'other'));
    expect(await store.list('m1')).toEqual({ versions: [v1, v2], damaged: 0 });
    expect((await store.list('m2')).versions.map((v) => v.id)).toEqual(['other']);
    expect(await store.list('m3')).toEqual({ versions: [], damaged: 0 });
    expect(await db.countFromIndex('planVersions', 'by-meeting', 'm1')).toBe(2);
  });

  it('parses on read: a damaged entry is counted and kept, the others still read', async () => {
    await db.add('planVersions', { meetingId: 'm1', value: { id: 'x', items: 'nope' } });
    const v1 = snapshotPlan([makeItem({ id: 'a' })], 'm1', at, '', 'v1');
    await store.add(v1);
    expect(await store.list('m1')).toEqual({ versions: [v1], damaged: 1 });
    await store.add(snapshotPlan([], 'm1', at, '', 'v2'));
    const after = await db.getAllFromIndex('planVersions', 'by-meeting', 'm1');
    expect(after).toHaveLength(3); // the damaged entry is kept, untouched
    expect(after[0]!.value).toEqual({ id: 'x', items: 'nope' });
  });

  it('refuses to store a version that does not parse', async () => {
    await expect(
      store.add({ id: '', meetingId: 'm1', createdAt: 'yesterday', reason: '', items: [] }),
    ).rejects.toThrow();
    expect((await store.list('m1')).versions).toEqual([]);
  });
});
