/** Adapter: optional permissions, asked for at the moment the user turns a feature on. */
import { browser } from 'wxt/browser';

export async function requestNotifications(): Promise<boolean> {
  try {
    return await browser.permissions.request({ permissions: ['notifications'] });
  } catch {
    return false;
  }
}
