import { fireEvent, screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { StorageLike } from '../../../lib/adapters/live-store';
import { webdavServices } from '../../../lib/adapters/webdav';
import { renderSettings } from '../../helpers/settings-setup';

/** 共享文件夹 in the settings, with the permission prompt and the server faked. */
function setup(answer: number, grant = true) {
  const requested: string[] = [];
  const fetched: string[] = [];
  const permissions = {
    request: async (origin: string) => (requested.push(origin), grant),
    contains: async () => grant,
  };
  const fetcher = (async (url: string | URL | Request, init?: RequestInit) => {
    fetched.push(`${init?.method} ${String(url)}`);
    return new Response(null, { status: answer });
  }) as typeof fetch;
  return {
    requested,
    fetched,
    webdav: (api: StorageLike) => webdavServices(api, permissions, fetcher),
  };
}

const fill = (region: HTMLElement, label: string, value: string) =>
  fireEvent.input(within(region).getByLabelText(label), { target: { value } });

describe('settings: shared folder (WebDAV)', () => {
  it('asks for exactly the server origin at 测试连接, not before, and names a 401', async () => {
    const s = setup(401);
    const view = await renderSettings({ webdav: s.webdav });
    const region = await screen.findByRole('region', { name: 'Shared folder (WebDAV)' });
    fill(region, 'Server address', 'dav.example.com/dav');
    fill(region, 'User', 'me@example.com');
    fill(region, 'App password', 'secret-1');
    expect((within(region).getByLabelText('App password') as HTMLInputElement).type).toBe(
      'password',
    );
    fireEvent.click(within(region).getByRole('button', { name: 'Save' }));
    await within(region).findByText('Saved.');
    expect(s.requested).toEqual([]);
    expect(s.fetched).toEqual([]);

    fireEvent.click(within(region).getByRole('button', { name: 'Test connection' }));
    await within(region).findByText('Could not create a folder: wrong user or app password (401).');
    expect(s.requested).toEqual(['https://dav.example.com']);
    expect(s.fetched[0]).toBe(
      'MKCOL https://dav.example.com/dav/%E7%BA%AA%E8%A6%81%E5%BD%92%E6%A1%A3/',
    );
    const stored = await view.review.webdav.read();
    expect(stored).toMatchObject({ url: 'dav.example.com/dav', user: 'me@example.com' });
    expect(JSON.stringify(stored)).not.toContain('secret-1');
  });

  it('refuses plain HTTP on the internet; on the LAN only after the warning is ticked', async () => {
    const s = setup(401, false);
    await renderSettings({ webdav: s.webdav });
    const region = await screen.findByRole('region', { name: 'Shared folder (WebDAV)' });
    fill(region, 'Server address', 'http://dav.example.com/');
    fill(region, 'User', 'me');
    fill(region, 'App password', 'p');
    fireEvent.click(within(region).getByRole('button', { name: 'Test connection' }));
    await within(region).findByText(/HTTPS is required/);

    fill(region, 'Server address', 'http://192.168.1.20:5005/');
    within(region).getByText(/on the local network and uses plain HTTP/);
    fireEvent.click(within(region).getByRole('button', { name: 'Test connection' }));
    await within(region).findByText('Confirm the plain-HTTP warning first.');
    fireEvent.click(within(region).getByLabelText(/connect over plain HTTP/));
    fireEvent.click(within(region).getByRole('button', { name: 'Test connection' }));
    await within(region).findByText(
      'Permission to reach http://192.168.1.20:5005 was not granted.',
    );
    expect(s.requested).toEqual(['http://192.168.1.20:5005']);
    expect(s.fetched).toEqual([]);
  });
});
