import { screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../../lib/i18n/en';
import { SHORTCUT_GROUPS } from '../../../lib/shortcuts';
import { renderSettings } from '../../helpers/settings-setup';

const rows = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((r) => r.textContent?.trim());

describe('settings: keyboard shortcuts', () => {
  afterEach(() => {
    location.hash = '';
  });

  it('lists every shortcut, grouped, in English', async () => {
    await renderSettings();
    const region = await screen.findByRole('region', { name: 'Keyboard shortcuts' });
    const table = within(region).getByRole('table', { name: 'Keyboard shortcuts' });
    const text = rows(table);
    expect(text).toContain('Alt+Shift+MOpen the minutes panel');
    expect(text).toContain('Alt+Shift+DDock the panel beside the meeting page');
    expect(text).toContain('Alt+1–4viewpoint / disagreement / consensus / decision');
    expect(text).toContain('Alt+↑ ↓move the focused topic up / down');
    for (const group of SHORTCUT_GROUPS) {
      within(table).getByRole('rowheader', { name: en[group.title] });
      for (const [keys] of group.keys)
        expect(within(table).getAllByText(keys).length).toBeGreaterThan(0);
    }
    expect(region.querySelectorAll('kbd')).toHaveLength(
      SHORTCUT_GROUPS.reduce((n, g) => n + g.keys.length, 0),
    );
    within(region).getByText(/chrome:\/\/extensions\/shortcuts/);
    // Text, not a link: an extension page cannot open chrome:// URLs.
    expect(within(region).queryByRole('link')).toBeNull();
  });

  it('lists them in Chinese for a Chinese UI', async () => {
    await renderSettings({ locale: 'zh-CN' });
    const region = await screen.findByRole('region', { name: '键盘快捷键' });
    const text = rows(within(region).getByRole('table'));
    expect(text).toContain('Alt+Shift+M打开纪要面板');
    expect(text).toContain('Ctrl+Z撤销');
    expect(text).toContain('按键作用');
    within(region).getByRole('rowheader', { name: '记录:要点输入框' });
    within(region).getByText(/chrome:\/\/extensions\/shortcuts 中修改/);
    // Every label is a message, never a raw key.
    expect(region.textContent).not.toMatch(/settings\.keys|capture\.keys|welcome\.key/);
  });

  it('options.html#shortcuts lands on the list, with the focus on its heading', async () => {
    location.hash = '#shortcuts';
    await renderSettings();
    const heading = await screen.findByRole('heading', { name: 'Keyboard shortcuts' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });
});
