import { describe, expect, it } from 'vitest';
import { Autosave, type SaveState } from '../../lib/autosave';
import type { Meeting } from '../../lib/schema';
import { ActionItemRepo } from '../../lib/store/action-items';
import { announcing } from '../../lib/store/announce';
import { concerns } from '../../lib/store/changes';
import { openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import { remoteStores, serveRepo, type RepoCall } from '../../lib/store/remote';
import { isRecordDeleted, RecordDeletedError } from '../../lib/store/revisioned';
import { memoryFeed, seedMeeting } from '../helpers/fixtures';
import { makeItem } from '../helpers/items';

let counter = 0;

/** Two views (two connections, as two panels have) on one fake-indexeddb database, one feed. */
async function twoViews() {
  const name = `deleted-elsewhere-${++counter}-${Math.random()}`;
  const feed = memoryFeed();
  const view = async (id: string) => {
    const db = await openMinutesDB(name);
    const raw = { meetings: new MeetingRepo(db), items: new ActionItemRepo(db) };
    return { db, ...announcing(raw, feed, id) };
  };
  return { a: await view('view-a'), b: await view('view-b'), feed };
}

describe('a record deleted in one view while open in another', () => {
  it('is not re-created by the other view’s save: the save says it is gone', async () => {
    const { a, b } = await twoViews();
    const m = await a.meetings.create(seedMeeting());
    const open = (await b.meetings.get(m.id)) as Meeting;
    const first = await b.meetings.save(open, { ...open, goal: 'typed in B' });

    await a.meetings.remove(m.id);
    const later = { ...first.saved, goal: 'typed in B after the delete' };
    const error = await b.meetings.save(first.saved, later).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(RecordDeletedError);
    expect(isRecordDeleted(error)).toBe(true);
    expect(await a.meetings.get(m.id)).toBeNull();
    expect((await a.meetings.list()).meetings).toEqual([]);
    expect(await a.db.get('trash', m.id)).toMatchObject({ store: 'meetings' });
  });

  it('comes back from the trash, and the other view’s edit then goes onto it', async () => {
    const { a, b } = await twoViews();
    const m = await a.meetings.create(seedMeeting());
    const open = (await b.meetings.get(m.id)) as Meeting;
    await a.meetings.remove(m.id);

    expect(await b.meetings.restore(m.id)).toEqual({ id: m.id, copy: false });
    const { saved, merged } = await b.meetings.save(open, { ...open, goal: 'kept' });
    expect(saved.goal).toBe('kept');
    expect(merged).toBe(false);
  });

  it('holds for action items too', async () => {
    const { a, b } = await twoViews();
    const item = await a.items.create(makeItem());
    await a.items.remove(item.id);
    const error = await b.items.save(item, { ...item, task: 'edited' }).catch((e: unknown) => e);
    expect(isRecordDeleted(error)).toBe(true);
    expect(await b.items.get(item.id)).toBeNull();
  });

  it('is announced as removed and restored, each concerning that record', async () => {
    const { a, b, feed } = await twoViews();
    const m = await a.meetings.create(seedMeeting());
    await a.meetings.remove(m.id);
    await b.meetings.restore(m.id);
    expect(feed.sent.map((s) => s.kind)).toEqual(['saved', 'removed', 'restored']);
    expect(feed.sent[1]).toEqual({ kind: 'removed', store: 'meetings', id: m.id, from: 'view-a' });
    expect(feed.sent.every((s) => concerns(s, 'meetings', m.id))).toBe(true);
    expect(feed.sent.some((s) => concerns(s, 'actionItems'))).toBe(false);
  });

  it('leaves the open view’s autosave holding the text, not retrying, until it is back', async () => {
    const { a, b } = await twoViews();
    const m = await a.meetings.create(seedMeeting());
    const states: SaveState[] = [];
    const saver = new Autosave<Meeting>(m, {
      save: async (base, local) => (await b.meetings.save(base, local)).saved,
      isQuotaError: () => false,
      isDeleted: isRecordDeleted,
      onChange: (_doc, state) => states.push(state),
    });
    await a.meetings.remove(m.id);
    saver.edit((x) => ({ ...x, goal: 'typed after the delete' }));
    await saver.flush();

    expect(saver.saveState).toEqual({ kind: 'deleted' });
    expect(saver.doc.goal).toBe('typed after the delete');
    expect(await a.meetings.get(m.id)).toBeNull();
    saver.edit((x) => ({ ...x, room: 'still typing' }));
    await saver.flush();
    expect(await a.meetings.get(m.id)).toBeNull(); // nothing written while it is deleted

    await a.meetings.restore(m.id);
    saver.revive((await b.meetings.get(m.id)) as Meeting);
    await saver.flush();
    expect(await a.meetings.get(m.id)).toMatchObject({
      goal: 'typed after the delete',
      room: 'still typing',
    });
    saver.dispose();
  });
});

describe('through the background (a docked panel denied IndexedDB)', () => {
  it('the remote save of a deleted meeting is still told apart as deleted', async () => {
    const { a } = await twoViews();
    const stores = { meetings: new MeetingRepo(a.db), items: new ActionItemRepo(a.db) };
    const remote = remoteStores((call) => serveRepo(stores, call as RepoCall));
    const m = await remote.meetings.create(seedMeeting());
    await a.meetings.remove(m.id);
    const error = await remote.meetings.save(m, { ...m, goal: 'x' }).catch((e: unknown) => e);
    expect(isRecordDeleted(error)).toBe(true);
    expect(await a.meetings.get(m.id)).toBeNull();
  });
});
