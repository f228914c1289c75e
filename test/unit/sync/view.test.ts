import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { StorageLike } from '../../../lib/adapters/live-store';
import { syncServices } from '../../../lib/adapters/sync-client';
import { createTranslate } from '../../../lib/i18n';
import { fieldLabel, valueText } from '../../../lib/sync/field-label';
import { SYNC_STATUS_KEY, type SyncCommand } from '../../../lib/sync/status';
import { truncate } from '../../../lib/sync/view';

describe('a conflict’s field in the editor’s words', () => {
  const en = createTranslate('en');
  const zh = createTranslate('zh-CN');
  it.each([
    ['meeting', 'title', 'Meeting name', '会议名称'],
    [
      'meeting',
      'summary',
      'Summary',
      en('capture.summary') === 'Summary' ? zh('capture.summary') : '',
    ],
    ['meeting', 'topics[t1].title', 'Topic', zh('timer.topic')],
    ['meeting', 'topics[t1].ownerName', 'Topic › Owner', `${zh('timer.topic')} › 负责人`],
    ['meeting', 'decisions[d2].text', 'Decision', zh('capture.kind.decision')],
    ['actionItem', 'task', 'Task', zh('plan.field.task')],
    ['actionItem', 'dueDate', 'Due', zh('plan.field.dueDate')],
    // No label for it: the path as it is, never a wrong name.
    ['meeting', 'timing.records', 'timing.records', 'timing.records'],
    [
      'meeting',
      'topics[t1].segments[s1].x',
      'topics[t1].segments[s1].x',
      'topics[t1].segments[s1].x',
    ],
    ['actionItem', 'history[h1].note', 'history[h1].note', 'history[h1].note'],
    ['meeting', 'constructor', 'constructor', 'constructor'],
    ['actionItem', 'toString', 'toString', 'toString'],
    ['meeting', 'topics[t1].__proto__', 'topics[t1].__proto__', 'topics[t1].__proto__'],
  ] as const)('%s %s', (kind, path, english, chinese) => {
    expect(fieldLabel(en, kind, path)).toBe(english);
    expect(fieldLabel(zh, kind, path)).toBe(chinese);
  });

  it('values as text; long ones cut at whole characters', () => {
    expect(valueText(null)).toBe('');
    expect(valueText(['市场部', '财务部'])).toBe('市场部, 财务部');
    expect(valueText(true)).toBe('true');
    expect(truncate('😀'.repeat(5), 3)).toEqual({ text: '😀😀😀…', cut: true });
    expect(truncate('短', 3)).toEqual({ text: '短', cut: false });
  });
});

describe('the pages’ sync client', () => {
  it('reads and watches the status the background writes, and sends each command', async () => {
    fakeBrowser.reset();
    const api = fakeBrowser as unknown as StorageLike;
    const sent: SyncCommand[] = [];
    const sync = syncServices(api, async (c) => {
      sent.push(c);
      return { ok: true };
    });
    expect((await sync.status()).state).toBe('off');
    expect(await sync.prefs()).toEqual({ enabled: false, paused: false });
    const seen: string[] = [];
    const stop = sync.watch((s) => seen.push(`${s.state} ${s.pending}`));
    await api.storage.local.set({ [SYNC_STATUS_KEY]: { state: 'idle', pending: 4 } });
    // A damaged status reads as off, never a broken page.
    await api.storage.local.set({ [SYNC_STATUS_KEY]: { state: 'exploded' } });
    stop();
    expect(seen).toEqual(['idle 4', 'off 0']);

    await sync.enable();
    await sync.syncNow();
    await sync.resolve('m1', 'title', 'remote');
    expect(sent).toEqual([
      { type: 'sync', command: 'enable' },
      { type: 'sync', command: 'now' },
      { type: 'sync', command: 'resolve', id: 'm1', path: 'title', choice: 'remote' },
    ]);
  });

  it('a command no background answered fails, so the block can say so', async () => {
    fakeBrowser.reset();
    const sync = syncServices(fakeBrowser as unknown as StorageLike, async () => undefined);
    await expect(sync.syncNow()).rejects.toThrow();
  });
});
