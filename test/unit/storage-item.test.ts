import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import type { StorageLike } from '../../lib/adapters/live-store';
import { SETTINGS_KEY, settingsStore } from '../../lib/adapters/settings';
import { storageItem } from '../../lib/adapters/storage-item';

const api = fakeBrowser as unknown as StorageLike;
beforeEach(() => fakeBrowser.reset());

describe('settings in storage.local', () => {
  it('two updates at once both stay (neither reads the value the other is about to replace)', async () => {
    // The language changed in one section while a department is added in another, in one page.
    const settings = settingsStore(api);
    await Promise.all([
      settings.update({ language: 'en' }),
      settings.update({ departments: ['市场部'] }),
    ]);
    const stored = await settings.read();
    expect(stored.language).toBe('en');
    expect(stored.departments).toEqual(['市场部']);
  });

  it('two stores on one storage share the queue (the options page builds several)', async () => {
    await Promise.all([
      settingsStore(api).update({ overlayOff: ['tencent'] }),
      settingsStore(api).writeAlerts({ warnMinutes: 5, chime: true, notify: false }),
    ]);
    const stored = await settingsStore(api).read();
    expect(stored.overlayOff).toEqual(['tencent']);
    expect(stored.alerts.warnMinutes).toBe(5);
  });

  it('an update that fails its check stores nothing and does not block the next', async () => {
    const settings = settingsStore(api);
    const bad = settings.update({ language: 'fr' as 'en' });
    const good = settings.update({ language: 'zh-CN' });
    await expect(bad).rejects.toThrow();
    expect((await good).language).toBe('zh-CN');
  });

  it('a damaged stored value reads as the defaults', async () => {
    await fakeBrowser.storage.local.set({ [SETTINGS_KEY]: { language: 42 } });
    expect((await settingsStore(api).read()).language).toBe('auto');
  });
});

describe('a storage item', () => {
  const Count = z.int().check(z.minimum(0));
  const count = () => storageItem(api, 'count', Count, () => 0);

  it('reads the fallback when missing or damaged, and watches every change', async () => {
    expect(await count().read()).toBe(0);
    const seen: number[] = [];
    const stop = count().watch((n) => seen.push(n));
    await count().write(3);
    await fakeBrowser.storage.local.set({ count: -1 });
    await count().remove();
    stop();
    await count().write(4);
    expect(seen).toEqual([3, 0, 0]);
    expect(await count().read()).toBe(4);
  });

  it('a hundred increments at once count to a hundred', async () => {
    await Promise.all(Array.from({ length: 100 }, () => count().update((n) => n + 1)));
    expect(await count().read()).toBe(100);
  });

  it('refuses to write a value that fails the check', async () => {
    await expect(count().write(-2)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
