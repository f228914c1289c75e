import { wireTimerNotifications } from '../lib/adapters/notifications';
import { enablePanelOnActionClick } from '../lib/adapters/panel';

// Holds no state: Chrome stops the service worker after ~30 s idle. Listeners are registered
// synchronously at start so events wake it.
export default defineBackground(() => {
  enablePanelOnActionClick();
  wireTimerNotifications();
});
