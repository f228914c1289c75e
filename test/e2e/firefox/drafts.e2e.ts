import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { COMMAND_KEYS } from '../../../lib/shortcuts';
import { openSidebar, pressShortcut, prompts, sidebarText } from './browser-ui';
import {
  closeFirefox,
  hasFirefox,
  killFirefox,
  launchFirefox,
  newProfile,
  removeProfile,
  type FirefoxSession,
} from './firefox';
import { findPage, openPage, waitFor } from './pages';
import { click, shows, type, valueOf } from './ui';

/**
 * A Chinese-speaking user's first run in Firefox, then the promise the product makes: a line
 * typed is a line kept, through a restart and a crash. One profile, used in turn by three
 * launches of Firefox.
 */
describe.skipIf(!hasFirefox)('Firefox (zh-CN): install, sidebar, drafts', () => {
  let profile = '';
  let session: FirefoxSession | null = null;
  let meetingId = '';
  beforeAll(() => void (profile = newProfile()));
  afterAll(async () => {
    await closeFirefox(session);
    removeProfile(profile);
  });

  it('installs with no prompt; welcome page and sidebar (Alt+Shift+M) in Chinese; data kept', async () => {
    const s = (session = await launchFirefox(profile, { lang: 'zh-CN', install: true }));
    const welcome = await findPage(s, '/welcome.html');
    await shows(welcome, '欢迎使用纪要侧栏');

    expect(await openSidebar(s)).toBe('');
    await pressShortcut(s, COMMAND_KEYS.panel);
    await waitFor(() => openSidebar(s), { what: 'the sidebar' });
    await waitFor(async () => /^会议\n[\s\S]*新建会议/.test(await sidebarText(welcome)), {
      what: 'the panel in the sidebar, in Chinese',
    });

    // The settings say the data is kept when the disk fills up (unlimitedStorage makes Firefox
    // grant persistent storage to the extension at install, without asking).
    const settings = await openPage(s, 'options.html');
    await shows(settings, /磁盘空间不足时保留\s*是/);

    // No page asks for anything. A page's request shows its prompt within a moment of the page
    // starting (before the fix: already there when the next page had opened); three pages have
    // started by now, and 2 s more is ample on a loaded machine.
    await new Promise((ok) => setTimeout(ok, 2000));
    expect(await prompts(s)).toEqual([]);
  });

  it('a meeting typed in is there after a restart and after a SIGKILL', async () => {
    const panel = await openPage(session!, 'sidepanel.html');
    await click(panel, /新建会议/);
    meetingId = await waitFor(() =>
      panel.evaluate(() => /^#\/meeting\/(.+)$/.exec(location.hash)?.[1] ?? ''),
    );
    await type(panel, '会议名称', '项目Q3推广跨部门协作会');
    await type(panel, '会议核心目标', '确定Q3产品推广分工');
    await shows(panel, /已保存/);
    await closeFirefox(session);

    session = await launchFirefox(profile, { lang: 'zh-CN' });
    const again = await openPage(session, 'sidepanel.html');
    await click(again, '打开 项目Q3推广跨部门协作会');
    expect(await valueOf(again, '会议名称')).toBe('项目Q3推广跨部门协作会');
    expect(await valueOf(again, '会议核心目标')).toBe('确定Q3产品推广分工');

    // Typed, shown as saved, then the browser dies without a chance to flush anything.
    await type(again, '会议室', '三楼大会议室');
    await shows(again, /已保存/);
    await killFirefox(session);

    session = await launchFirefox(profile, { lang: 'zh-CN' });
    const after: Page = await openPage(session, `sidepanel.html#/meeting/${meetingId}`);
    expect(await valueOf(after, '会议室')).toBe('三楼大会议室');
    expect(await valueOf(after, '会议名称')).toBe('项目Q3推广跨部门协作会');
  });
});
