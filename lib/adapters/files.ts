/**
 * Adapter: files and pages. Downloads go through an object URL and an <a download> click, so no
 * `downloads` permission is needed; rich text goes on the clipboard as HTML plus plain text.
 */
import { browser } from 'wxt/browser';

export function download(data: Blob, filename: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function copyRich(html: string, text: string): Promise<void> {
  const item = new ClipboardItem({
    'text/html': new Blob([html], { type: 'text/html' }),
    'text/plain': new Blob([text], { type: 'text/plain' }),
  });
  await navigator.clipboard.write([item]);
}

/**
 * Opens one of our pages in a tab. Built from this page's own origin, not `runtime.getURL`: for
 * the web-accessible panel page Chrome returns its per-session dynamic URL, which a tab cannot
 * open.
 */
export function openPage(path: string): void {
  void browser.tabs.create({ url: new URL(path, location.origin).href });
}
