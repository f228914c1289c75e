/**
 * Adapter: the user's preferences in `storage.local` (small, synchronous to watch, shared by the
 * panel, the background and the overlay). Parsed with zod on every read; a damaged value falls
 * back to the defaults instead of breaking the panel.
 */
import * as z from 'zod/mini';
import { DEFAULT_ALERTS, type AlertSettings } from '../timer/live';
import type { StorageLike } from './live-store';

const SETTINGS_KEY = 'settings';

const Alerts = z.object({
  warnMinutes: z._default(z.int().check(z.minimum(0), z.maximum(60)), DEFAULT_ALERTS.warnMinutes),
  chime: z._default(z.boolean(), DEFAULT_ALERTS.chime),
  notify: z._default(z.boolean(), DEFAULT_ALERTS.notify),
});
export const Settings = z.object({ alerts: z._default(Alerts, DEFAULT_ALERTS) });
export type Settings = z.infer<typeof Settings>;

export interface SettingsStore {
  read(): Promise<Settings>;
  writeAlerts(alerts: AlertSettings): Promise<Settings>;
}

export function settingsStore(api: Pick<StorageLike, 'storage'>): SettingsStore {
  const local = api.storage.local;
  const read = async () => {
    const parsed = Settings.safeParse((await local.get(SETTINGS_KEY))[SETTINGS_KEY] ?? {});
    return parsed.success ? parsed.data : Settings.parse({});
  };
  return {
    read,
    async writeAlerts(alerts) {
      const next = { ...(await read()), alerts: Alerts.parse(alerts) };
      await local.set({ [SETTINGS_KEY]: next });
      return next;
    },
  };
}
