import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../lib/adapters/settings';
import { splitList } from '../../lib/text-split';
import { AlertSettingsForm } from '../timer/AlertSettingsForm';
import type { MessageKey } from '../../lib/i18n';
import { useEnv } from '../ui/context';
import { Guard } from '../ui/Guard';
import { DataSection, type DataDeps } from './DataSection';
import { ExportSection } from './ExportSection';
import { GroupsSection } from './GroupsSection';
import { robotsTranslate } from '../../lib/i18n/robots';
import { OutboxSection } from './OutboxSection';
import { HostsSection, type HostDeps } from './HostsSection';
import { OverlaySection } from './OverlaySection';
import { RemindersSection } from './RemindersSection';
import { ShortcutsSection } from './ShortcutsSection';
import { SyncSection } from './SyncSection';
import { WebDavSection } from './WebDavSection';
import './settings.css';

export type SettingsDeps = HostDeps & DataDeps;

/**
 * 设置: language, departments, timer alerts, overlay per platform, own meeting hosts, export
 * defaults, the shared folder and sync between computers, action-item reminders, group robots and their outbox, keyboard shortcuts, data
 * (backup, restore, delete).
 */
export function SettingsPage({
  deps,
  extra,
}: {
  deps: SettingsDeps;
  extra?: preact.ComponentChildren;
}) {
  const { t, locale, services } = useEnv();
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void services.settings.read().then(setSettings);
    return services.settings.watch(setSettings);
  }, [services]);
  const ready = settings !== null;
  useEffect(() => {
    if (ready) goToAnchor();
  }, [ready]);
  if (!settings) return null;
  const section = (key: MessageKey) => t('guard.section', { name: t(key) });
  const rt = robotsTranslate(locale);
  const update = (patch: Partial<Settings>) =>
    void services.settings.update(patch).then(setSettings);

  return (
    <main class="app settings">
      <h1>{t('settings.title')}</h1>
      <Guard what={section('settings.general')}>
        <section class="card" aria-labelledby="s-general">
          <h2 id="s-general">{t('settings.general')}</h2>
          <div class="field narrow-wide">
            <label for="s-language">{t('settings.language')}</label>
            <select
              id="s-language"
              value={settings.language}
              onChange={(e) => {
                const language = e.currentTarget.value as Settings['language'];
                void services.settings.update({ language }).then(() => location.reload());
              }}
            >
              <option value="auto">{t('settings.language.auto')}</option>
              <option value="zh-CN">简体中文</option>
              <option value="en">English</option>
            </select>
          </div>
          <div class="field">
            <label for="s-departments">{t('settings.departments')}</label>
            <textarea
              id="s-departments"
              rows={4}
              aria-describedby="s-departments-hint"
              value={settings.departments.join('\n')}
              onChange={(e) => {
                const list = splitList(e.currentTarget.value);
                update({ departments: [...new Set(list)].slice(0, 200) });
              }}
            />
            <p id="s-departments-hint" class="hint">
              {t('settings.departments.hint')}
            </p>
          </div>
        </section>
      </Guard>
      <Guard what={section('timer.heading')}>
        <section class="card" aria-labelledby="s-timer">
          <h2 id="s-timer">{t('timer.heading')}</h2>
          <AlertSettingsForm alerts={settings.alerts} onChange={(alerts) => update({ alerts })} />
        </section>
      </Guard>
      <Guard what={section('settings.overlay')}>
        <OverlaySection
          off={settings.overlayOff}
          onChange={(overlayOff) => update({ overlayOff })}
        />
      </Guard>
      <Guard what={section('settings.hosts')}>
        <HostsSection
          hosts={settings.customHosts}
          deps={deps}
          onChange={(customHosts) => update({ customHosts })}
        />
      </Guard>
      <Guard what={section('settings.export')}>
        <ExportSection />
      </Guard>
      <Guard what={t('guard.section', { name: 'WebDAV' })}>
        <WebDavSection />
      </Guard>
      <Guard what={t('guard.section', { name: 'WebDAV sync' })}>
        <SyncSection />
      </Guard>
      <Guard what={section('settings.reminders')}>
        <RemindersSection />
      </Guard>
      <Guard what={t('guard.section', { name: rt('groups.heading') })}>
        <GroupsSection />
      </Guard>
      <Guard what={t('guard.section', { name: rt('outbox.heading') })}>
        <OutboxSection />
      </Guard>
      <Guard what={section('settings.keys')}>
        <ShortcutsSection />
      </Guard>
      {extra}
      <Guard what={section('settings.data')}>
        <DataSection deps={deps} />
      </Guard>
    </main>
  );
}

/**
 * options.html#shortcuts (the panel's link): the page renders after the browser looked for the
 * anchor, so go there once it exists; focus moves to its heading, so Tab continues from there.
 */
function goToAnchor() {
  const id = location.hash.slice(1);
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  target.querySelector<HTMLElement>('[tabindex="-1"]')?.focus({ preventScroll: true });
  target.scrollIntoView({ block: 'start' });
}
