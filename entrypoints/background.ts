import { wireCustomHosts } from '../lib/adapters/custom-hosts';
import { wireDockGuard } from '../lib/adapters/dock-guard';
import { wireOutbox } from '../lib/adapters/outbox';
import { wirePageHints } from '../lib/adapters/page-hints';
import { wireTimerNotifications } from '../lib/adapters/notifications';
import { enablePanelOnActionClick, welcomeOnInstall } from '../lib/adapters/panel';
import { wireReminders } from '../lib/adapters/reminders';
import { wireRepoServer } from '../lib/adapters/repo-server';
import { wireTimerServer } from '../lib/adapters/timer-server';

// Holds no state: Chrome stops the service worker after ~30 s idle. Listeners are registered
// synchronously at start so events wake it.
export default defineBackground(() => {
  enablePanelOnActionClick();
  welcomeOnInstall();
  wireTimerNotifications();
  wirePageHints();
  wireRepoServer();
  wireTimerServer();
  wireDockGuard();
  wireReminders();
  wireCustomHosts();
  wireOutbox();
});
