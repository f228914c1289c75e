import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planVersionStore, planVersionsKey } from '../../../lib/adapters/plan-versions';
import { snapshotPlan } from '../../../lib/plan/versions';
import { makeItem } from '../../helpers/items';

const at = new Date('2026-03-13T08:00:00Z');

beforeEach(() => fakeBrowser.reset());

describe('plan versions in storage.local', () => {
  it('keeps each meeting’s versions in order under planVersions:<meetingId>, read back as written', async () => {
    const store = planVersionStore(fakeBrowser);
    const a = makeItem({ id: 'a', meetingId: 'm1' });
    const v1 = snapshotPlan([a], 'm1', at, '首版', 'v1');
    const v2 = snapshotPlan([a, makeItem({ id: 'b' })], 'm1', at, '政策变化,重新分工', 'v2');
    await store.add(v1);
    await store.add(v2);
    await store.add(snapshotPlan([], 'm2', at, '', 'other'));
    expect(await store.list('m1')).toEqual({ versions: [v1, v2], damaged: 0 });
    expect((await store.list('m2')).versions.map((v) => v.id)).toEqual(['other']);
    expect(await store.list('m3')).toEqual({ versions: [], damaged: 0 });
    const raw = (await fakeBrowser.storage.local.get(planVersionsKey('m1')))[planVersionsKey('m1')];
    expect(Array.isArray(raw) && raw.length).toBe(2);
  });

  it('parses on read: a damaged entry is counted and left in storage, the others still read', async () => {
    const store = planVersionStore(fakeBrowser);
    const v1 = snapshotPlan([makeItem({ id: 'a' })], 'm1', at, '', 'v1');
    await store.add(v1);
    const key = planVersionsKey('m1');
    const stored = (await fakeBrowser.storage.local.get(key))[key] as unknown[];
    await fakeBrowser.storage.local.set({ [key]: [{ id: 'x', items: 'nope' }, ...stored] });
    expect(await store.list('m1')).toEqual({ versions: [v1], damaged: 1 });
    await store.add(snapshotPlan([], 'm1', at, '', 'v2'));
    const after = (await fakeBrowser.storage.local.get(key))[key] as unknown[];
    expect(after).toHaveLength(3); // the damaged entry is kept, untouched
    expect(after[0]).toEqual({ id: 'x', items: 'nope' });
  });

  it('refuses to store a version that does not parse', async () => {
    const store = planVersionStore(fakeBrowser);
    await expect(
      store.add({ id: '', meetingId: 'm1', createdAt: 'yesterday', reason: '', items: [] }),
    ).rejects.toThrow();
    expect((await store.list('m1')).versions).toEqual([]);
  });
});
