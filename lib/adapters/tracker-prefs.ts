/**
 * Adapter: the tracker's preferences in `storage.local`: when action-item reminders fire, and
 * the name written into status histories. Read by the tracker, the settings page and the
 * background's reminder runs; parsed on every read, a damaged value gives the defaults.
 */
import { ReminderSettings } from '../plan/reminders';
import type { StorageLike } from './live-store';

export const REMINDER_SETTINGS_KEY = 'reminderSettings';
export const TRACKER_USER_KEY = 'trackerUser';

/** The tracker's preferences: reminder settings and the name written into status histories. */
export interface TrackerPrefs {
  readReminders(): Promise<ReminderSettings>;
  writeReminders(settings: ReminderSettings): Promise<ReminderSettings>;
  readUser(): Promise<string>;
  writeUser(name: string): Promise<void>;
}

export function trackerPrefs(api: Pick<StorageLike, 'storage'>): TrackerPrefs {
  const local = api.storage.local;
  const readReminders = async () => {
    const parsed = ReminderSettings.safeParse(
      (await local.get(REMINDER_SETTINGS_KEY))[REMINDER_SETTINGS_KEY] ?? {},
    );
    return parsed.success ? parsed.data : ReminderSettings.parse({});
  };
  return {
    readReminders,
    async writeReminders(settings) {
      const next = ReminderSettings.parse(settings);
      await local.set({ [REMINDER_SETTINGS_KEY]: next });
      return next;
    },
    async readUser() {
      const name = (await local.get(TRACKER_USER_KEY))[TRACKER_USER_KEY];
      return typeof name === 'string' ? name.slice(0, 100) : '';
    },
    writeUser: (name) => local.set({ [TRACKER_USER_KEY]: name.slice(0, 100) }),
  };
}
