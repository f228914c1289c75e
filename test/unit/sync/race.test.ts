// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../../lib/adapters/sync';
import { personSide } from '../../../lib/adapters/sync-person';
import type { Meeting } from '../../../lib/schema';
import { syncLocal } from '../../../lib/store/sync-local';
import { stampOf } from '../../../lib/store/synced';
import { syncPass, type LocalSide } from '../../../lib/sync/pass';
import type { SyncKind } from '../../../lib/sync/document';
import { planVersionStore } from '../../../lib/adapters/plan-versions';
import { snapshotPlan } from '../../../lib/plan/versions';
import { testShelves } from '../../helpers/shelves';
import { serverClient } from '../../helpers/dav-fixture';
import { bothHaveMeeting, type Computer } from '../../helpers/sync-computer';
import { startWebDav, type WebDavServer } from '../../helpers/webdav-server';

/**
 * A save made while a pass runs (the user typing on, the pass between reading the records and
 * writing what it pulled): the pass must not write the other computer's version over it.
 */
let server: WebDavServer;
beforeAll(async () => {
  server = await startWebDav();
});
afterAll(() => server?.close());

const live = async (c: Computer, id: string) => (await c.meetings.get(id)) as Meeting;

/** A's pass, with `during` run right before its first write here (after its snapshot). */
async function passWith(
  a: Computer,
  during: (id: string) => Promise<unknown>,
  kinds: readonly SyncKind[] = ['meeting'],
) {
  const person = personSide(a.storage, a.clock);
  const local = syncLocal(a.db, { meetings: a.meetings, items: a.items }, person);
  let first = true;
  const racing: LocalSide = {
    ...local,
    async apply(kind, id, body, expected) {
      if (first) {
        first = false;
        await during(id);
      }
      return local.apply(kind, id, body, expected);
    },
  };
  return syncPass({
    client: serverClient(server),
    root: ['纪要归档'],
    digest: sha256,
    local: racing,
    now: a.clock,
    kinds,
  });
}

const bothHave = (fields: Parameters<Computer['create']>[0]) => bothHaveMeeting(server, fields);

describe('a save during a sync pass', () => {
  it('is not overwritten by what the pass pulls; the next pass merges both, on both computers', async () => {
    const { a, b, m } = await bothHave({ title: '周会', room: '三楼' });
    await b.edit(m.id, () => ({ room: 'B 改的房间' }));
    await b.engine.run();

    // A's pass pulls B's room; the user saves a title on A after the pass read A's records.
    const result = await passWith(a, (id) => a.edit(id, () => ({ title: 'A 在同步时输入的' })));
    expect(await live(a, m.id)).toMatchObject({ title: 'A 在同步时输入的' });
    expect(result.pending).toBe(1);
    expect(result.last.pulled).toBe(0);
    // The last synced state does not claim that edit is on the server.
    const base = await a.db.get('syncBase', `meeting:${m.id}`);
    expect(base?.stamp).not.toBe(stampOf(await live(a, m.id)));

    // The next pass merges A's edit with B's and sends it; B receives both.
    expect(await a.engine.run()).toMatchObject({ state: 'idle', pending: 0, error: null });
    await b.engine.run();
    for (const c of [a, b])
      expect(await live(c, m.id)).toMatchObject({ title: 'A 在同步时输入的', room: 'B 改的房间' });
    expect((await a.status()).conflicts).toEqual([]);
  });

  it('a merge that raced a save writes nothing and sends nothing; the next pass sends the edit', async () => {
    const { a, b, m } = await bothHave({ title: '评审会', room: '一楼', goal: '' });
    await b.edit(m.id, () => ({ room: 'B 的房间' }));
    await b.engine.run();
    await a.edit(m.id, () => ({ goal: 'A 的目标' }));

    const before = server.stats.requests.PUT ?? 0;
    const result = await passWith(a, (id) => a.edit(id, () => ({ title: 'A 又改的标题' })));
    expect(server.stats.requests.PUT ?? 0).toBe(before);
    expect(result.pending).toBe(1);
    expect(await live(a, m.id)).toMatchObject({ title: 'A 又改的标题', goal: 'A 的目标' });

    await a.engine.run();
    await b.engine.run();
    for (const c of [a, b])
      expect(await live(c, m.id)).toMatchObject({
        title: 'A 又改的标题',
        goal: 'A 的目标',
        room: 'B 的房间',
      });
  });

  it('a merge stored here whose upload raced: the next pass does not undo the other computer’s newer edit', async () => {
    const { a, b, m } = await bothHave({ title: 'T0', room: 'R0' });
    await a.edit(m.id, () => ({ title: 'A 的第一版' }));
    await a.engine.run();
    // B merges A's title with its room and stores it; its upload loses a race (412).
    await b.edit(m.id, () => ({ room: 'B 的房间' }));
    server.fault(412, { method: 'PUT' });
    expect(await b.engine.run()).toMatchObject({ state: 'idle', pending: 1 });
    expect(await live(b, m.id)).toMatchObject({ title: 'A 的第一版', room: 'B 的房间' });
    // A changes its title again; B's next pass must take it, not count A's first title as B's.
    await a.edit(m.id, () => ({ title: 'A 的第二版' }));
    await a.engine.run();
    expect(await b.engine.run()).toMatchObject({ state: 'idle', pending: 0, conflicts: [] });
    await a.engine.run();
    for (const c of [a, b])
      expect(await live(c, m.id)).toMatchObject({ title: 'A 的第二版', room: 'B 的房间' });
  });

  it('a plan version put aside during the pass still travels: the base does not claim it synced', async () => {
    const { a, b, m } = await bothHave({ title: '历史会' });
    const plans = (c: Computer) => planVersionStore(testShelves(c.storage, c.db));
    const plan = (id: string, hour: string) =>
      snapshotPlan([], m.id, new Date(`2026-03-02T${hour}:00:00Z`), id, id);
    await plans(b).add(plan('plan-b', '09'));
    await b.engine.run();

    await passWith(a, () => plans(a).add(plan('plan-a', '10')), ['history']);
    const ids = async (c: Computer) => (await plans(c).list(m.id)).versions.map((p) => p.id).sort();
    expect(await ids(a)).toContain('plan-a');
    await a.engine.run();
    await b.engine.run();
    for (const c of [a, b]) expect(await ids(c)).toEqual(['plan-a', 'plan-b']);
  });
});
