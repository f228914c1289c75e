import { liveStore, nativeApi } from '../../lib/adapters/live-store';
import { isPageAgain, pageMessage, type PageReply } from '../../lib/page-info';
import { timerClient } from '../../lib/timer/commands';
import { overlayText } from '../../lib/timer/overlay-messages';
import { createDock } from './dock';
import { mountOverlay } from './overlay';

// On meeting pages (declared as a content script in wxt.config.ts): the timer overlay and the
// docked panel. Plain DOM in shadow roots, no framework and no polyfill: it runs inside someone
// else's page and must cost it next to nothing (budget: 6 KB gzip, JS and CSS together). Built as
// an unlisted script because WXT's content-script wrapper brings the polyfill (~3 KB gzip).
// Which platform and meeting this is gets decided by the background (lib/platforms is not shipped
// into the page); it also keeps the page's details for the panel's auto-fill.
export default defineUnlistedScript(() => {
  const api = nativeApi();
  const runtime = api.runtime!;
  const ask = (href: string) =>
    runtime.sendMessage(pageMessage(href, document.title)).then(
      (reply) => {
        const r = reply as PageReply | undefined;
        return r?.meeting === true && r.overlay !== false;
      },
      () => false,
    );
  void ask(location.href);
  const store = liveStore(api);
  const lang = /^zh/i.test(navigator.language) ? 'zh-CN' : 'en';
  const dock = createDock(api, () => runtime.getURL('/sidepanel.html') + '?docked=1', {
    resize: overlayText(lang, 'resize'),
    undock: overlayText(lang, 'undock'),
  });
  // Its buttons only send commands; the background writes (lib/adapters/timer-server.ts).
  const timer = timerClient((message) => runtime.sendMessage(message), 'overlay');
  mountOverlay({ store, timer, api, site: location.host, isMeetingPage: ask, onDock: dock.toggle });
  runtime.onMessage.addListener((message, _sender, reply) => {
    if ((message as { type?: string } | null)?.type === 'toggleDock') dock.toggle();
    // The tab navigated: say where this page is now (single-page apps move without reloading).
    else if (isPageAgain(message)) reply(pageMessage(location.href, document.title));
  });
});
