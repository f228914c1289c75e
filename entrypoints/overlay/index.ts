import { liveStore, nativeApi } from '../../lib/adapters/live-store';
import { mountOverlay } from './overlay';

// The timer overlay on meeting pages (declared as a content script in wxt.config.ts). Plain DOM
// in a shadow root, no framework and no polyfill: it runs inside someone else's page and must
// cost it next to nothing (budget: 6 KB gzip, JS and CSS together). Built as an unlisted script
// because WXT's content-script wrapper brings the webextension polyfill (~3 KB gzip) with it.
export default defineUnlistedScript(() => {
  const api = nativeApi();
  mountOverlay({ store: liveStore(api), api, site: location.host });
});
