/**
 * Adapter: the tracker's preferences in `storage.local`: when action-item reminders fire, and
 * the name written into status histories. Read by the tracker, the settings page and the
 * background's reminder runs; parsed on every read, a damaged value gives the defaults.
 */
import { ReminderSettings } from '../plan/reminders';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

export const REMINDER_SETTINGS_KEY = 'reminderSettings';
export const TRACKER_USER_KEY = 'trackerUser';

/** The tracker's preferences: reminder settings and the name written into status histories. */
export interface TrackerPrefs {
  readReminders(): Promise<ReminderSettings>;
  writeReminders(settings: ReminderSettings): Promise<ReminderSettings>;
  readUser(): Promise<string>;
  writeUser(name: string): Promise<void>;
}

const UserName = { safeParse: (raw: unknown) => ({ success: true as const, data: userName(raw) }) };
const userName = (raw: unknown) => (typeof raw === 'string' ? raw.slice(0, 100) : '');

export function trackerPrefs(api: Pick<StorageLike, 'storage'>): TrackerPrefs {
  const reminders = storageItem(api, REMINDER_SETTINGS_KEY, ReminderSettings, () =>
    ReminderSettings.parse({}),
  );
  const user = storageItem(api, TRACKER_USER_KEY, UserName, () => '');
  return {
    readReminders: reminders.read,
    writeReminders: (settings) => reminders.write(ReminderSettings.parse(settings)),
    readUser: user.read,
    writeUser: async (name) => void (await user.write(name)),
  };
}
