import { SHORTCUT_GROUPS } from '../../lib/shortcuts';
import { useEnv } from '../ui/context';

/**
 * 键盘快捷键: every shortcut, grouped by where it works (lib/shortcuts.ts). The panel links here
 * (options.html#shortcuts), so the list lives in the settings page's bundle, not the panel's.
 * The browser's own shortcut page cannot be linked to from an extension, so it is named in text.
 */
export function ShortcutsSection() {
  const { t } = useEnv();
  return (
    <section class="card shortcut-list" id="shortcuts" aria-labelledby="s-shortcuts">
      <h2 id="s-shortcuts" tabIndex={-1}>
        {t('settings.keys')}
      </h2>
      <p class="hint">{t('settings.keys.intro')}</p>
      <table aria-labelledby="s-shortcuts">
        <thead>
          <tr>
            <th scope="col">{t('settings.keys.col.keys')}</th>
            <th scope="col">{t('settings.keys.col.action')}</th>
          </tr>
        </thead>
        {SHORTCUT_GROUPS.map((group) => (
          <tbody key={group.id} data-group={group.id}>
            <tr>
              <th scope="rowgroup" colSpan={2}>
                {t(group.title)}
              </th>
            </tr>
            {group.keys.map(([keys, label]) => (
              <tr key={keys + label}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(label)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <p class="hint">{t('settings.keys.mac')}</p>
      <p class="hint">{t('settings.keys.change')}</p>
    </section>
  );
}
