import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { WelcomePage } from '../../../components/welcome/WelcomePage';
import { panelOpener } from '../../../lib/adapters/panel';
import { renderWithEnv } from '../../helpers/render';

describe('the welcome page', () => {
  it('opens the panel from its button, and says so when the browser refuses', async () => {
    const openPanel = vi.fn().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error());
    await renderWithEnv(<WelcomePage openPanel={openPanel} />, { locale: 'zh-CN' });
    const button = screen.getByRole('button', { name: '在此窗口打开纪要面板' });
    fireEvent.click(button);
    expect(openPanel).toHaveBeenCalledTimes(1);
    fireEvent.click(button);
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/没有打开面板/));
  });

  it('has no such button where the browser cannot open the panel from a page', async () => {
    await renderWithEnv(<WelcomePage openPanel={null} />);
    expect(screen.queryByRole('button', { name: /Open the panel/ })).toBeNull();
    expect(screen.getByRole('button', { name: 'Open the example meeting' })).toBeTruthy();
  });
});

describe('panelOpener', () => {
  it('Chrome: opens the side panel of the window found before the click', async () => {
    const open = vi.fn(async () => {});
    const opener = await panelOpener(
      { sidePanel: { setPanelBehavior: async () => {}, open } },
      async () => ({ id: 7 }),
    );
    await opener!();
    expect(open).toHaveBeenCalledWith({ windowId: 7 });
  });

  it('Firefox: opens the sidebar; older Chrome without sidePanel.open: none', async () => {
    const open = vi.fn(async () => {});
    await (await panelOpener({ sidebarAction: { open } }))!();
    expect(open).toHaveBeenCalledTimes(1);
    expect(
      await panelOpener({ sidePanel: { setPanelBehavior: async () => {} } }, async () => ({})),
    ).toBeNull();
  });
});
