import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Pins what the built extension asks of the browser. Widening a permission, a host match or a
 * web-accessible resource must be a conscious change of this file.
 */
const manifest = (target: string) =>
  JSON.parse(readFileSync(join(process.cwd(), '.output', target, 'manifest.json'), 'utf8'));

/** The overlay runs on meeting pages only (the bundled demo page for now), never <all_urls>. */
const CONTENT_SCRIPTS = [
  { matches: ['http://127.0.0.1/minutes-demo/*'], js: ['overlay.js'], run_at: 'document_idle' },
];

describe('manifest', () => {
  it('Chrome MV3 asks only for storage, alarms and the side panel; notifications are optional', () => {
    const m = manifest('chrome-mv3');
    expect(m.manifest_version).toBe(3);
    expect(m.permissions).toEqual(['storage', 'alarms', 'sidePanel']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.host_permissions).toBeUndefined();
    expect(m.optional_host_permissions).toBeUndefined();
    expect(m.content_scripts).toEqual(CONTENT_SCRIPTS);
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.content_security_policy).toBeUndefined(); // the default MV3 CSP: no remote code
    expect(m.side_panel).toEqual({ default_path: 'sidepanel.html' });
    expect(m.commands._execute_action.suggested_key.default).toBe('Alt+Shift+M');
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(Object.keys(m.icons)).toEqual(['16', '32', '48', '96', '128']);
  });

  it('Firefox asks only for storage and alarms and has a sidebar, a gecko id and no data collection', () => {
    const m = manifest('firefox-mv2');
    expect(m.permissions).toEqual(['storage', 'alarms']);
    expect(m.optional_permissions).toEqual(['notifications']);
    expect(m.content_scripts).toEqual(CONTENT_SCRIPTS);
    expect(m.web_accessible_resources).toBeUndefined();
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
