import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { WELCOMED_KEY, welcomeOnInstall } from '../../lib/adapters/panel';

describe('the welcome page on install', () => {
  beforeEach(() => fakeBrowser.reset());

  const tabs = async () => (await fakeBrowser.tabs.query({})).map((t) => t.url).filter(Boolean);
  const settle = () => new Promise((ok) => setTimeout(ok, 10));

  it('opens once, also when the browser reports the install again after a crash', async () => {
    welcomeOnInstall(fakeBrowser);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(await tabs()).toEqual([fakeBrowser.runtime.getURL('/welcome.html')]);
    expect((await fakeBrowser.storage.local.get(WELCOMED_KEY))[WELCOMED_KEY]).toMatch(/^\d{4}-/);

    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(await tabs()).toHaveLength(1);
  });

  it('does not open on an update', async () => {
    welcomeOnInstall(fakeBrowser);
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await settle();
    expect(await tabs()).toEqual([]);
  });
});
