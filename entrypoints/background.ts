import { wireCustomHosts } from '../lib/adapters/custom-hosts';
import { wireDockGuard } from '../lib/adapters/dock-guard';
import { wireOutbox } from '../lib/adapters/outbox';
import { wirePageHints } from '../lib/adapters/page-hints';
import { wireTimerNotifications } from '../lib/adapters/notifications';
import { enablePanelOnActionClick, welcomeOnInstall } from '../lib/adapters/panel';
import { wireReminders } from '../lib/adapters/reminders';
import { browserRobotSchedule, postReminders, wireDigests } from '../lib/adapters/robot-schedule';
import { wireRepoServer } from '../lib/adapters/repo-server';
import { wireSync } from '../lib/adapters/sync-wire';
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
  // Reminders and weekly digests that go to robot groups are queued, then the outbox runs.
  const robots = browserRobotSchedule(wireOutbox());
  wireReminders({ toGroups: (fired, items) => postReminders(robots, fired, items) });
  wireDigests(robots);
  wireCustomHosts();
  wireSync();
});
