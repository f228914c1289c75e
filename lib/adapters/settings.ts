/**
 * Adapter: the user's preferences in `storage.local` (small, synchronous to watch, shared by the
 * panel, the background and the overlay), one storage item (lib/adapters/storage-item.ts): parsed
 * with zod on every read, a damaged value falls back to the defaults instead of breaking the panel.
 */
import * as z from 'zod/mini';
import { PLATFORMS } from '../schema/meeting';
import { DEFAULT_ALERTS, type AlertSettings } from '../timer/live';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

const Alerts = z.object({
  warnMinutes: z._default(z.int().check(z.minimum(0), z.maximum(60)), DEFAULT_ALERTS.warnMinutes),
  chime: z._default(z.boolean(), DEFAULT_ALERTS.chime),
  notify: z._default(z.boolean(), DEFAULT_ALERTS.notify),
});
const name = z.string().check(z.minLength(1), z.maxLength(100));
export const Settings = z.object({
  alerts: z._default(Alerts, DEFAULT_ALERTS),
  /** 'auto' follows the browser's languages. */
  language: z._default(z.enum(['auto', 'zh-CN', 'en']), 'auto'),
  /** Meeting platforms on which the timer overlay is not shown. */
  overlayOff: z._default(z.array(z.enum(PLATFORMS)).check(z.maxLength(20)), []),
  /** The company's departments, suggested everywhere a department is typed. */
  departments: z._default(z.array(name).check(z.maxLength(200)), []),
  /** Extra meeting hosts the user granted (self-hosted Jitsi, an OA meeting system): origins. */
  customHosts: z._default(z.array(z.string().check(z.maxLength(300))).check(z.maxLength(50)), []),
});
export type Settings = z.infer<typeof Settings>;

export interface SettingsStore {
  read(): Promise<Settings>;
  writeAlerts(alerts: AlertSettings): Promise<Settings>;
  /** Merges `patch` into the stored settings (validated; an invalid patch is refused). */
  update(patch: Partial<Settings>): Promise<Settings>;
  watch(listener: (settings: Settings) => void): () => void;
}

export const SETTINGS_KEY = 'settings';

export function settingsStore(api: Pick<StorageLike, 'storage'>): SettingsStore {
  const item = storageItem(api, SETTINGS_KEY, Settings, () => Settings.parse({}));
  // Queued (lib/adapters/storage-item.ts): a language change and a department added at once both stay.
  const update = (patch: Partial<Settings>) =>
    item.update((current) => Settings.parse({ ...current, ...patch }));
  return {
    read: item.read,
    update,
    writeAlerts: (alerts) => update({ alerts: Alerts.parse(alerts) }),
    watch: item.watch,
  };
}
