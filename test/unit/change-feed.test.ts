import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageLike } from '../../lib/adapters/live-store';
import { concerns, parseChange, type ChangeMessage } from '../../lib/store/changes';
import { storageChangeFeed } from '../../lib/store/storage-feed';
import { ActionItemRepo } from '../../lib/store/action-items';
import { announcing } from '../../lib/store/announce';
import { freshRepo, memoryFeed, seedMeeting } from '../helpers/fixtures';

const saved: ChangeMessage = { kind: 'saved', store: 'meetings', id: 'm1', rev: 3, from: 'v1' };

describe('the change feed’s messages', () => {
  it('say whether they concern a store or one record; a reset concerns everything', () => {
    expect(concerns(saved, 'meetings')).toBe(true);
    expect(concerns(saved, 'meetings', 'm1')).toBe(true);
    expect(concerns(saved, 'meetings', 'm2')).toBe(false);
    expect(concerns(saved, 'actionItems')).toBe(false);
    const reset: ChangeMessage = { kind: 'reset', from: 'v1' };
    expect(concerns(reset, 'actionItems', 'anything')).toBe(true);
  });

  it('arrive from storage only in the typed shape (any extension page may write the key)', () => {
    expect(parseChange({ ...saved, nonce: 0.5 })).toEqual(saved);
    expect(parseChange({ kind: 'removed', store: 'actionItems', id: 'i1', from: 'v' })).toEqual({
      kind: 'removed',
      store: 'actionItems',
      id: 'i1',
      from: 'v',
    });
    expect(parseChange({ kind: 'reset', from: 'v', id: '*' })).toEqual({
      kind: 'reset',
      from: 'v',
    });
    // The old untyped shape, improvised ids and unknown stores or kinds are not messages.
    expect(parseChange({ store: 'meetings', id: '*', rev: -1, from: 'v' })).toBeNull();
    expect(parseChange({ ...saved, rev: '3' })).toBeNull();
    expect(parseChange({ ...saved, store: 'settings' })).toBeNull();
    expect(parseChange({ ...saved, kind: 'renamed' })).toBeNull();
    expect(parseChange({ kind: 'reset' })).toBeNull();
    expect(parseChange(null)).toBeNull();
    expect(parseChange('saved')).toBeNull();
  });

  it('cross storage.local to every listener, the same message twice firing twice', async () => {
    fakeBrowser.reset();
    const feed = storageChangeFeed(fakeBrowser as unknown as StorageLike);
    const heard: ChangeMessage[] = [];
    const stop = feed.subscribe((m) => heard.push(m));
    feed.publish(saved);
    feed.publish(saved);
    await expect.poll(() => heard.length).toBe(2);
    expect(heard).toEqual([saved, saved]);
    stop();
  });
});

describe('announcing stores', () => {
  it('announce a backup batch as one reset (none if nothing was written)', async () => {
    const { db, repo } = await freshRepo();
    const feed = memoryFeed();
    const stores = announcing({ meetings: repo, items: new ActionItemRepo(db) }, feed, 'settings');
    const m = seedMeeting();
    await stores.meetings.restoreMany([m, { ...m, id: 'm2' }], false);
    expect(feed.sent).toEqual([{ kind: 'reset', from: 'settings' }]);
    await stores.meetings.restoreMany([m], false); // already there, not replaced: nothing new
    expect(feed.sent).toHaveLength(1);
  });
});
