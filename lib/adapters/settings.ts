/**
 * Adapter: the user's preferences in `storage.local` (small, synchronous to watch, shared by the
 * panel, the background and the overlay). Parsed with zod on every read; a damaged value falls
 * back to the defaults instead of breaking the panel.
 */
import * as z from 'zod/mini';
import { PLATFORMS } from '../schema/meeting';
import { DEFAULT_ALERTS, type AlertSettings } from '../timer/live';
import type { StorageLike } from './live-store';

const SETTINGS_KEY = 'settings';

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

export function settingsStore(api: Pick<StorageLike, 'storage'>): SettingsStore {
  const local = api.storage.local;
  const read = async () => {
    const parsed = Settings.safeParse((await local.get(SETTINGS_KEY))[SETTINGS_KEY] ?? {});
    return parsed.success ? parsed.data : Settings.parse({});
  };
  const update = async (patch: Partial<Settings>) => {
    const next = Settings.parse({ ...(await read()), ...patch });
    await local.set({ [SETTINGS_KEY]: next });
    return next;
  };
  return {
    read,
    update,
    writeAlerts: (alerts) => update({ alerts: Alerts.parse(alerts) }),
    watch(listener) {
      const onChange = (changes: Record<string, { newValue?: unknown }>, area: string) => {
        const change = changes[SETTINGS_KEY];
        if (area !== 'local' || !change) return;
        const parsed = Settings.safeParse(change.newValue ?? {});
        listener(parsed.success ? parsed.data : Settings.parse({}));
      };
      api.storage.onChanged.addListener(onChange);
      return () => api.storage.onChanged.removeListener(onChange);
    },
  };
}
