import { describe, expect, it } from 'vitest';
import {
  DOCK_TOKEN_TTL_MS,
  issueDockToken,
  mayAsk,
  verifyDockToken,
  type Request,
  type SenderLike,
  type TokenStore,
} from '../../lib/sender';
import { ActionItemRepo } from '../../lib/store/action-items';
import { answerRepoCall } from '../../lib/store/remote';
import { freshRepo, seedMeeting } from '../helpers/fixtures';

/**
 * Least privilege towards meeting pages (issue 13): the background answers each sender only what
 * it needs. Before, a `list` from the content script on meet.google.com returned every meeting
 * title and a `remove` from it was carried out.
 */
const ID = 'extension-id';
const SENDERS: Record<string, SenderLike> = {
  'the content script on a meeting page': {
    id: ID,
    url: 'https://meet.google.com/abc-defg-hij',
    tab: { id: 7 },
    frameId: 0,
  },
  'a content script in a sub-frame': {
    id: ID,
    url: 'https://meet.google.com/embed',
    tab: { id: 7 },
    frameId: 4,
  },
  'the docked panel (an extension page framed in the meeting tab)': {
    id: ID,
    url: `chrome-extension://${ID}/sidepanel.html?docked=1`,
    tab: { id: 7 },
    frameId: 3,
  },
  'the Firefox docked panel': {
    id: ID,
    url: 'moz-extension://5a1e-uuid/sidepanel.html?docked=1',
    tab: { id: 7 },
    frameId: 11,
  },
  'the side panel': { id: ID, url: `chrome-extension://${ID}/sidepanel.html` },
  'another extension': { id: 'other', url: 'chrome-extension://other/page.html' },
  'a sender without a URL': { id: ID, tab: { id: 7 }, frameId: 0 },
};
const [content, subframe, dock, firefoxDock, panel, other, noUrl] = Object.values(SENDERS);

describe('what each sender may ask', () => {
  const table: [SenderLike, Request[]][] = [
    [content!, ['page', 'dockToken', 'timer']],
    [subframe!, []],
    [dock!, ['repo', 'hints', 'dockVerify', 'timer', 'sync']],
    [firefoxDock!, ['repo', 'hints', 'dockVerify', 'timer', 'sync']],
    [panel!, ['repo', 'hints', 'dockVerify', 'timer', 'sync']],
    [other!, []],
    [noUrl!, ['page', 'dockToken', 'timer']],
  ];
  it.each(table)('%o may ask for %j and nothing else', (sender, allowed) => {
    const all: Request[] = ['repo', 'hints', 'dockVerify', 'page', 'dockToken', 'timer', 'sync'];
    expect(all.filter((r) => mayAsk(r, sender, ID))).toEqual(allowed);
  });
});

describe('the repositories over messages', () => {
  async function setup() {
    const { db, repo } = await freshRepo();
    const m = await repo.create({ ...seedMeeting(), title: '董事会机密议题' });
    let opened = 0;
    const stores = async () => {
      opened++;
      return { meetings: repo, items: new ActionItemRepo(db) };
    };
    return { repo, m, stores, opened: () => opened };
  }
  const call = (method: string, args: unknown[] = []) => ({
    type: 'repo',
    repo: 'meetings',
    method,
    args,
  });

  it('a list from the meeting page’s content script is refused, and no title leaves', async () => {
    const s = await setup();
    const reply = await answerRepoCall(call('list'), content!, ID, s.stores);
    expect(reply).toEqual({ ok: false, name: 'SecurityError', message: expect.any(String) });
    expect(JSON.stringify(reply)).not.toContain('董事会');
    expect(s.opened()).toBe(0); // the database was not even opened for it
  });

  it('a remove from the meeting page’s content script is not carried out', async () => {
    const s = await setup();
    const reply = await answerRepoCall(call('remove', [s.m.id]), content!, ID, s.stores);
    expect(reply).toMatchObject({ ok: false, name: 'SecurityError' });
    expect(await s.repo.get(s.m.id)).toMatchObject({ title: '董事会机密议题' });
  });

  it.each([dock!, firefoxDock!, panel!])('%o is served', async (sender) => {
    const s = await setup();
    const reply = await answerRepoCall(call('list'), sender, ID, s.stores);
    expect(reply).toMatchObject({ ok: true, value: { meetings: [{ title: '董事会机密议题' }] } });
  });

  it('leaves other messages to other listeners', () => {
    expect(answerRepoCall({ type: 'page' }, content!, ID, async () => never())).toBeUndefined();
  });
});

const never = (): never => {
  throw new Error('must not be called');
};

describe('the dock’s one-time token', () => {
  const memory = (): TokenStore & { data: Map<string, unknown> } => {
    const data = new Map<string, unknown>();
    return {
      data,
      get: async (k) => data.get(k),
      set: async (k, v) => void data.set(k, v),
      remove: async (k) => void data.delete(k),
    };
  };
  const TOKEN = 'c8f7e0c4-1b7a-4a55-9c0e-6f3d2b1a0e99';

  it('is issued to the content script of a tab and accepted once from a frame of that tab', async () => {
    const store = memory();
    expect(await issueDockToken(content!, ID, store, TOKEN, 1000)).toBe(TOKEN);
    expect(await verifyDockToken(dock!, ID, store, TOKEN, 2000)).toBe(true);
    expect(await verifyDockToken(dock!, ID, store, TOKEN, 2000)).toBe(false);
  });

  it.each<[string, SenderLike, unknown, number]>([
    ['a frame of another tab', { ...dock!, tab: { id: 8 } }, TOKEN, 2000],
    ['the content script itself', content!, TOKEN, 2000],
    ['the top frame of the tab', { ...dock!, frameId: 0 }, TOKEN, 2000],
    ['a guessed token', dock!, 'c8f7e0c4-1b7a-4a55-9c0e-000000000000', 2000],
    ['no token', dock!, undefined, 2000],
    ['a token shown too late', dock!, TOKEN, 1000 + DOCK_TOKEN_TTL_MS + 1],
  ])('is refused to %s', async (_name, sender, token, now) => {
    const store = memory();
    await issueDockToken(content!, ID, store, TOKEN, 1000);
    expect(await verifyDockToken(sender, ID, store, token, now)).toBe(false);
  });

  it('is not issued to an extension page or a sub-frame', async () => {
    const store = memory();
    expect(await issueDockToken(dock!, ID, store, TOKEN, 1000)).toBeNull();
    expect(await issueDockToken(subframe!, ID, store, TOKEN, 1000)).toBeNull();
    expect(store.data.size).toBe(0);
  });
});
