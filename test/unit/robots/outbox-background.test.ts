import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { wireOutbox } from '../../../lib/adapters/outbox';
import { enqueue } from '../../../lib/outbox/actions';
import { OUTBOX_ALARM } from '../../../lib/outbox/protocol';
import { UNKNOWN_CRASH } from '../../../lib/outbox/runner';
import { outboxStore } from '../../../lib/store/outbox';

/**
 * The background's side (lib/adapters/outbox.ts): a new worker finds what a dead one left
 * `sending` and marks it unknown; a message to a group that was removed fails with that reason;
 * the alarm is cleared when nothing is left to send.
 */
const store = outboxStore();
const draft = {
  channel: 'robot',
  kind: 'test',
  meetingId: null,
  payload: {},
  preview: '测试',
} as const;

beforeEach(() => fakeBrowser.reset());

describe('the outbox in the background', () => {
  it('after a restart: cut-off sends become unknown, a removed group fails, no alarm left', async () => {
    const [cut] = await enqueue(store, [{ ...draft, target: 'g-old' }], new Date());
    await store.update(cut!.id, (m) => ({ ...m, state: 'sending', attempts: 1 }));
    const [orphan] = await enqueue(store, [{ ...draft, target: 'g-removed' }], new Date());
    await fakeBrowser.alarms.create(OUTBOX_ALARM, { when: Date.now() + 60_000 });

    const run = wireOutbox();
    const report = await run();

    expect(report).toMatchObject({ unknown: [cut!.id], failed: [orphan!.id], nextAt: null });
    expect(await store.get(cut!.id)).toMatchObject({ state: 'unknown', error: UNKNOWN_CRASH });
    expect(await store.get(orphan!.id)).toMatchObject({ state: 'failed', error: 'group removed' });
    expect(await fakeBrowser.alarms.get(OUTBOX_ALARM)).toBeFalsy();
  });
});
