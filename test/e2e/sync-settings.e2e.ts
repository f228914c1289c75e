import { describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../lib/sync/status';
import { axeViolations } from './axe';
import { hasBrowser, useSessions } from './harness';

/** The extension's API inside its page (page.evaluate). */
declare const chrome: {
  storage: { local: { set(values: Record<string, unknown>): Promise<void> } };
};

/**
 * The settings' sync block as the built extension shows a status the background wrote: an error
 * and two conflicts, in zh-CN, with zero axe violations in light and dark. Sync is not turned on
 * here (no `syncPrefs`), so no pass runs to replace the status under test.
 */
describe.skipIf(!hasBrowser)('settings: the sync block in Chromium', () => {
  const sessions = useSessions('zh-CN');
  const status: Partial<SyncStatus> = {
    state: 'error',
    lastSyncAt: '2026-03-02T06:00:00.000Z',
    pending: 7,
    last: { pushed: 3, pulled: 12, merged: 2, damaged: 0, bytesSent: 20480 },
    error: { kind: 'storage', status: 507, at: '2026-03-02T07:50:00.000Z' },
    conflicts: [
      {
        kind: 'meeting',
        id: 'm1',
        title: 'Q3 推广跨部门协作会',
        path: 'topics[t1].ownerName',
        local: '张伟',
        remote: '李娜',
        kept: 'remote',
        at: '2026-03-02T07:50:00.000Z',
      },
      {
        kind: 'actionItem',
        id: 'a1',
        title: '提交新产品线成本报告',
        path: 'notes',
        local: '先由财务部给出三种口径的成本测算。'.repeat(12),
        remote: '已和财务确认。',
        kept: 'local',
        at: '2026-03-02T07:50:00.000Z',
      },
    ],
  };

  it('shows the error, both values of each conflict, and passes axe in both schemes', async () => {
    const session = await sessions.start();
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await page.evaluate((s) => chrome.storage.local.set({ syncStatus: s }), status);
    const block = page.getByRole('region', { name: '在电脑之间同步' });
    await block.getByText(/共享文件夹的空间已满\(507\)/).waitFor({ timeout: 20_000 });
    await block.getByText('出错').waitFor();
    const list = block.getByRole('list', { name: '两台电脑都改了同一处' });
    expect(await list.getByRole('listitem').count()).toBe(2);
    await list.getByText('议题 › 负责人').waitFor();
    await list.getByRole('button', { name: '显示全部' }).waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page, '#sync')).toEqual([]);
    }
  });
});
