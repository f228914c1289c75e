import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageLike } from '../../../lib/adapters/live-store';
import type { Shelves } from '../../../lib/adapters/shelf';
import { versionStore, type VersionStore } from '../../../lib/adapters/versions';
import { historyStore } from '../../../lib/adapters/history-store';
import { enqueue, type Draft } from '../../../lib/outbox/actions';
import { recordSentMinutes } from '../../../lib/outbox/distribution';
import { runOutbox, type RunnerDeps } from '../../../lib/outbox/runner';
import type { OutboxMessage, SendOutcome } from '../../../lib/outbox/types';
import { minutesMessages } from '../../../lib/robots/compose-minutes';
import { approve, submitForReview } from '../../../lib/review';
import { openMinutesDB } from '../../../lib/store/db';
import { outboxStore, type OutboxStore } from '../../../lib/store/outbox';
import { seedItemsFor, seedMeetingFor } from '../../helpers/seed';
import { testShelves } from '../../helpers/shelves';

/**
 * Minutes posted to a group count as distributed (docs/DOMAIN.md: sent within one hour of
 * approval): when the outbox has sent every part, the meeting's version carries a sent mark with
 * the last part's time and the group, exactly once, however often the outbox runs.
 */
const api = fakeBrowser as unknown as StorageLike;
const START = Date.parse('2026-03-02T09:00:00.000Z');
const MEETING = 'm-2026-q3-promo';
const GROUP = { id: 'g-feishu', platform: 'feishu', name: '项目群' };

let store: OutboxStore;
let versions: VersionStore;
let shelves: Shelves;
let clock: number;
let posted: string[];
let refuse: Set<number>;

const channel = {
  send: async (m: OutboxMessage): Promise<SendOutcome> => {
    clock += 1000;
    if (refuse.has(m.part)) return { ok: false, retry: false, error: 'sign not match' };
    posted.push(m.id);
    return { ok: true };
  },
};

const deps = (): RunnerDeps => ({
  store,
  channels: { robot: channel },
  now: () => clock,
  onBatchSent: recordSentMinutes({
    group: async (id) => (id === GROUP.id ? GROUP : null),
    record: (meetingId, mark) => versions.recordSent(meetingId, mark),
  }),
});

const minutes = (parts: number, kind = 'minutes'): Draft[] =>
  Array.from({ length: parts }, (_, i) => ({
    channel: 'robot',
    target: GROUP.id,
    kind,
    meetingId: MEETING,
    meetingVersion: 2,
    payload: { part: i },
    preview: `第 ${i + 1} 部分`,
  }));

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await openMinutesDB(`sent-${Math.random()}`);
  store = outboxStore(async () => db);
  shelves = testShelves(api, db);
  versions = versionStore(shelves);
  clock = START;
  posted = [];
  refuse = new Set();
});

describe('minutes posted to a group are marked as sent', () => {
  it('every part sent: one mark, at the last part, naming the group', async () => {
    await enqueue(store, minutes(3), new Date(START));
    const report = await runOutbox(deps());
    expect(report.sent).toHaveLength(3);
    expect(await versions.distributions(MEETING)).toEqual([
      {
        version: 2,
        at: new Date(START + 3000).toISOString(),
        channel: { platform: 'feishu', name: '项目群' },
        send: expect.any(String),
      },
    ]);
  });

  it('a part that fails: no mark; once it is resent and sent, one mark', async () => {
    refuse.add(2);
    const queued = await enqueue(store, minutes(3), new Date(START));
    const first = await runOutbox(deps());
    expect(first.failed).toEqual([queued[1]!.id]);
    expect(await versions.distributions(MEETING)).toEqual([]);

    refuse.clear();
    await store.update(queued[1]!.id, (m) => ({ ...m, state: 'queued', attempts: 0 }));
    await runOutbox(deps());
    const marks = await versions.distributions(MEETING);
    expect(marks.map((d) => d.at)).toEqual([new Date(clock).toISOString()]);
  });

  it('the outbox running again adds no second mark; the same send recorded twice neither', async () => {
    const queued = await enqueue(store, minutes(2), new Date(START));
    await runOutbox(deps());
    await runOutbox(deps());
    expect(posted).toHaveLength(2);
    expect(await versions.distributions(MEETING)).toHaveLength(1);
    // A hook that fires again for the same send (a worker that died after recording).
    const sent = await Promise.all(queued.map((m) => store.get(m.id)));
    await deps().onBatchSent!(sent as OutboxMessage[]);
    expect(await versions.distributions(MEETING)).toHaveLength(1);
  });

  it('other messages about the meeting (reminders, test posts) leave no mark', async () => {
    await enqueue(store, minutes(1, 'reminder'), new Date(START));
    await runOutbox(deps());
    expect(posted).toHaveLength(1);
    expect(await versions.distributions(MEETING)).toEqual([]);
  });

  it('two groups: a mark each; the deadline reads the first; a backup restores both once', async () => {
    await enqueue(store, minutes(1), new Date(START));
    await runOutbox(deps());
    await enqueue(store, minutes(1), new Date(START));
    await runOutbox(deps());
    const marks = await versions.distributions(MEETING);
    expect(marks.map((d) => d.at)).toEqual([
      new Date(START + 1000).toISOString(),
      new Date(START + 2000).toISOString(),
    ]);
    // A backup of this meeting restored elsewhere: both marks, and again: nothing twice.
    const from = await historyStore(api, shelves).collect(MEETING);
    const history = historyStore(api, testShelves(api));
    expect((await history.restore(from, { replace: false })).added).toBe(2);
    expect((await history.restore(from, { replace: false })).added).toBe(0);
  });

  it('the review tab’s composer carries the version the minutes are at', () => {
    const meeting = {
      ...approve(submitForReview(seedMeetingFor('zh-CN')), '张三', new Date(START)),
      version: 3,
    };
    const parts = minutesMessages(
      { id: GROUP.id, platform: 'feishu' },
      meeting,
      seedItemsFor('zh-CN'),
      'zh-CN',
      new Date(START),
    );
    expect(parts.length).toBeGreaterThan(0);
    expect(parts.every((m) => m.kind === 'minutes' && m.meetingVersion === 3)).toBe(true);
  });
});
