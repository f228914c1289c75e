/**
 * The docked panel: the extension's own panel page in an iframe at the side of the meeting, so
 * the same UI and the same IndexedDB as the side panel, in every browser. The meeting's layout is
 * narrowed rather than covered: <html> gets a right margin and <body> a transform, which makes
 * the page's fixed-position video and control bars lay out inside the narrower box. Those rules
 * are a constructed stylesheet adopted by the document, not a <style> element: a page whose
 * Content-Security-Policy forbids inline styles would otherwise get a violation report from
 * Firefox naming "moz-extension" (the styles still apply), and a constructed sheet is not subject
 * to the page's CSP. Undocking removes our one sheet and our one element, leaving the page as it
 * was. Width is resizable and remembered.
 */
import type { StorageLike } from '../../lib/adapters/live-store';
import { guarded, storageItem } from '../../lib/adapters/storage-item';
import { answerDock } from './dock-handshake';

const KEY = 'dock:width';
const MIN = 280;
const isWidth = (raw: unknown): raw is number => typeof raw === 'number' && raw > 0;

export function createDock(
  api: StorageLike,
  panelUrl: () => string,
  labels: { resize: string; undock: string },
) {
  let host: HTMLElement | null = null;
  let sheet: CSSStyleSheet | null = null;
  let stopHandshake = () => {};
  const saved = storageItem<number>(api, KEY, guarded(isWidth), () => 380);

  const setWidth = (w: number) => {
    const width = Math.round(Math.max(MIN, Math.min(w, innerWidth * 0.6)));
    if (host) host.style.width = `${width}px`;
    if (sheet) {
      sheet.replaceSync(
        `html{margin-right:${width}px!important;overflow-x:hidden!important}` +
          `body{transform:translateZ(0)!important;min-height:100vh}` +
          // Keep the timer overlay in view, left of the docked panel (unless the user placed it).
          `minutes-overlay:not([style*=left]){right:${width + 16}px!important}`,
      );
    }
    return width;
  };

  async function open() {
    const width = await saved.read();
    sheet = new CSSStyleSheet();
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    host = document.createElement('minutes-dock');
    host.style.cssText =
      'all:initial;position:fixed;top:0;right:0;height:100vh;z-index:2147483647;display:flex;' +
      'background:#fff;box-shadow:-2px 0 8px #0003';
    // Closed: page script cannot reach the frame and read its URL (use_dynamic_url's secret).
    const root = host.attachShadow({ mode: 'closed' });
    const side = document.createElement('div');
    side.style.cssText = 'display:flex;flex-direction:column;flex:none;background:#d0d7de';
    const undock = document.createElement('button');
    undock.type = 'button';
    undock.textContent = '×';
    undock.title = labels.undock;
    undock.setAttribute('aria-label', labels.undock);
    undock.style.cssText =
      'all:unset;cursor:pointer;text-align:center;font:16px system-ui;padding:2px 0';
    undock.addEventListener('click', close);
    const grip = document.createElement('div');
    grip.setAttribute('role', 'separator');
    grip.setAttribute('aria-orientation', 'vertical');
    grip.setAttribute('aria-label', labels.resize);
    grip.tabIndex = 0;
    grip.style.cssText = 'width:14px;flex:1;cursor:ew-resize';
    side.append(undock, grip);
    const frame = document.createElement('iframe');
    frame.src = panelUrl();
    frame.allow = 'clipboard-write'; // copying the pre-notice and rich-text minutes
    frame.title = labels.resize;
    frame.style.cssText = 'border:0;flex:1;height:100%;width:100%';
    stopHandshake = answerDock(api, frame);
    root.append(side, frame);
    document.documentElement.appendChild(host);
    setWidth(width);

    grip.addEventListener('keydown', (e) => {
      const step = e.key === 'ArrowLeft' ? 20 : e.key === 'ArrowRight' ? -20 : 0;
      if (step && host) void saved.write(setWidth(host.offsetWidth + step));
    });
    grip.addEventListener('pointerdown', (e) => {
      grip.setPointerCapture(e.pointerId);
      frame.style.pointerEvents = 'none'; // the iframe would swallow the pointer moves
      const move = (m: PointerEvent) => setWidth(innerWidth - m.clientX);
      grip.addEventListener('pointermove', move);
      grip.addEventListener(
        'pointerup',
        () => {
          grip.removeEventListener('pointermove', move);
          frame.style.pointerEvents = '';
          if (host) void saved.write(host.offsetWidth);
        },
        { once: true },
      );
    });
  }

  function close() {
    stopHandshake();
    host?.remove();
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    host = sheet = null;
  }

  return {
    isOpen: () => host !== null,
    toggle: () => (host ? close() : void open()),
    close,
  };
}
