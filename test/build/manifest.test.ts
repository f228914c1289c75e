import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Pins what the built extension asks of the browser. Widening a permission, a host match or a
 * web-accessible resource must be a conscious change of this file.
 */
const manifest = (target: string) =>
  JSON.parse(
    readFileSync(
      join(process.cwd(), process.env.WXT_OUT_DIR ?? '.output', target, 'manifest.json'),
      'utf8',
    ),
  );

/** The overlay runs on meeting pages only (the platforms'), never <all_urls>. */
const MEETING_MATCHES = [
  'https://meeting.tencent.com/dm/*',
  'https://meeting.tencent.com/dw/*',
  'https://meeting.tencent.com/p/*',
  'https://meeting.tencent.com/wemeet-webapp*',
  'https://*.voovmeeting.com/dm/*',
  'https://*.voovmeeting.com/dw/*',
  'https://*.voovmeeting.com/p/*',
  'https://*.voovmeeting.com/wemeet-webapp*',
  'https://meet.google.com/*',
  'https://*.zoom.us/j/*',
  'https://*.zoom.us/s/*',
  'https://*.zoom.us/w/*',
  'https://*.zoom.us/my/*',
  'https://*.zoom.us/wc/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://teams.cloud.microsoft/*',
  'https://vc.feishu.cn/j/*',
  'https://vc.larksuite.com/j/*',
  'https://meeting.dingtalk.com/j/*',
  'https://*.webex.com/meet/*',
  'https://*.webex.com/join/*',
  'https://*.webex.com/*/j.php*',
  'https://*.webex.com/wbxmjs/joinservice/*',
  'https://meet.jit.si/*',
  'https://*.whereby.com/*',
];
const CONTENT_SCRIPTS = [{ matches: MEETING_MATCHES, js: ['overlay.js'], run_at: 'document_idle' }];
/** Only the panel page is web-accessible, for the docked panel, and only to meeting sites. */
const MEETING_ORIGINS = [
  'https://meeting.tencent.com/*',
  'https://*.voovmeeting.com/*',
  'https://meet.google.com/*',
  'https://*.zoom.us/*',
  'https://teams.microsoft.com/*',
  'https://teams.live.com/*',
  'https://teams.cloud.microsoft/*',
  'https://vc.feishu.cn/*',
  'https://vc.larksuite.com/*',
  'https://meeting.dingtalk.com/*',
  'https://*.webex.com/*',
  'https://meet.jit.si/*',
  'https://*.whereby.com/*',
];

describe('manifest', () => {
  it('Chrome MV3 asks for storage, alarms, scripting and the side panel; the rest when used', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    // unlimitedStorage: the minutes are never evicted (no install warning; wxt.config.ts says why).
    expect(m.permissions).toEqual([
      'storage',
      'unlimitedStorage',
      'alarms',
      'scripting',
      'sidePanel',
    ]);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.host_permissions).toBeUndefined();
    // Requested at run time for exactly one origin when the user adds their own meeting site.
    expect(m.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
    expect(m.options_ui).toEqual({ open_in_tab: true, page: 'options.html' });
    expect(m.content_scripts).toEqual(CONTENT_SCRIPTS);
    expect(m.web_accessible_resources).toEqual([
      { resources: ['sidepanel.html'], matches: MEETING_ORIGINS, use_dynamic_url: true },
    ]);
    expect(m.content_security_policy).toBeUndefined(); // the default MV3 CSP: no remote code
    expect(Object.keys(m.commands).sort()).toEqual(['_execute_action', 'toggle-dock']);
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+M');
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '96', '128']);
  });

  it('Firefox asks for storage, alarms, scripting; has a sidebar, a gecko id, no data collection', () => {
    const m = manifest('firefox-mv2');
    expect(m.permissions).toEqual(['storage', 'unlimitedStorage', 'alarms', 'scripting']);
    expect(m.optional_permissions).toEqual(['notifications', 'https://*/*', 'http://*/*']);
    expect(m.content_scripts).toEqual(CONTENT_SCRIPTS);
    expect(m.web_accessible_resources).toEqual(['sidepanel.html']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.sidebar_action).toMatchObject({
      default_panel: 'sidepanel.html',
      default_title: '__MSG_extName__',
    });
    expect(m.commands._execute_sidebar_action.suggested_key.default).toBe('Alt+Shift+M');
    expect(m.browser_specific_settings.gecko).toMatchObject({
      id: 'minutes-side-panel@minutes.local',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('the store packages leave out the loopback demo page; only the demo build has it', () => {
    // `npm run build` / `npm run zip` ship to users: nothing on http://127.0.0.1. The demo build
    // (`npm run build:demo`: npm start, end-to-end tests, bench) is the same plus the demo page.
    for (const target of ['chrome-mv3', 'firefox-mv2']) {
      expect(JSON.stringify(manifest(target)), target).not.toMatch(/127\.0\.0\.1|localhost/);
    }
    const demo = manifest('chrome-mv3-demo');
    const store = manifest('chrome-mv3');
    expect(demo.content_scripts).toEqual([
      { ...CONTENT_SCRIPTS[0], matches: ['http://127.0.0.1/minutes-demo/*', ...MEETING_MATCHES] },
    ]);
    expect(demo.web_accessible_resources).toEqual([
      {
        resources: ['sidepanel.html'],
        matches: ['http://127.0.0.1/*', ...MEETING_ORIGINS],
        use_dynamic_url: true,
      },
    ]);
    // Loopback at install for the end-to-end WebDAV server (wxt.config.ts says why).
    expect(demo.host_permissions).toEqual(['http://127.0.0.1/*']);
    const rest = (m: Record<string, unknown>) => ({
      ...m,
      content_scripts: null,
      web_accessible_resources: null,
      host_permissions: null,
    });
    expect(rest(demo)).toEqual(rest(store));
  });

  it('never matches every site', () => {
    const required = [...MEETING_MATCHES, ...MEETING_ORIGINS];
    for (const target of ['chrome-mv3', 'chrome-mv3-demo', 'firefox-mv2']) {
      const m = manifest(target);
      required.push(...(m.permissions as string[]), ...((m.host_permissions as string[]) ?? []));
    }
    for (const pattern of required) {
      expect(pattern).not.toMatch(/<all_urls>|^\*:\/\/\*\/|^https?:\/\/\*\//);
    }
  });

  it.each(['en', 'zh_CN'])('every __MSG_ key has a %s message', (locale) => {
    const messages = JSON.parse(
      readFileSync(join(process.cwd(), 'public/_locales', locale, 'messages.json'), 'utf8'),
    );
    const used = JSON.stringify([manifest('chrome-mv3'), manifest('firefox-mv2')]).match(
      /__MSG_(\w+)__/g,
    );
    for (const key of new Set(used)) expect(messages, key).toHaveProperty(key.slice(6, -2));
  });
});
