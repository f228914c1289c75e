import { enablePanelOnActionClick } from '../lib/adapters/panel';

// Holds no state: Chrome stops the service worker after ~30 s idle.
export default defineBackground(() => {
  enablePanelOnActionClick();
});
