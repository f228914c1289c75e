/**
 * What every extension page's views need from the outside world (the services) and the language
 * they speak: built once per page by lib/adapters/env.ts, faked by tests (test/helpers/render.tsx),
 * provided to components by components/ui/context.ts.
 */
import type { Locale, Translate } from './i18n';
import type { ItemStore, MeetingStore } from './store/remote';
import type { ChangeSubscription } from './store/changes';
import type { LiveStore } from './adapters/live-store';
import type { TimerClient } from './timer/commands';
import type { SettingsStore } from './adapters/settings';
import type { PageHints } from './page-info';

/** What the panel's components need from the outside world; entrypoints build it, tests fake it. */
export interface Services {
  meetings: MeetingStore;
  /** Action items (行动计划表 rows), stored apart so they can be tracked across meetings. */
  items: ItemStore;
  /** Listen only: the stores above announce their own writes (lib/store/announce.ts). */
  changes: ChangeSubscription;
  /** Identifies this view in change messages, so it ignores its own echoes. */
  viewId: string;
  now: () => Date;
  isQuotaError: (error: unknown) => boolean;
  /** The running meeting as meeting pages see it (storage.local); read it, never write it. */
  live: LiveStore;
  /** Drives the timer: the one writer of a meeting's timing and the live state (lib/timer/writer.ts). */
  timer: TimerClient;
  settings: SettingsStore;
  chime: (kind: 'warning' | 'overrun') => void;
  /** Asks for the optional notifications permission (needs a click); true when granted. */
  requestNotifications: () => Promise<boolean>;
  copyText: (text: string) => Promise<void>;
  /** The meeting page this panel sits beside, if any (platform, code, title, link). */
  pageHints: () => Promise<PageHints | null>;
  /** Calls back whenever `pageHints` may answer differently (tab switched, navigated, closed). */
  onPageChange: (listener: () => void) => () => void;
  /** Saves a file through the browser's download flow (no permission needed). */
  download: (data: Blob, filename: string) => void;
  /** Puts rich text (HTML) and its plain-text flavour on the clipboard. */
  copyRich: (html: string, text: string) => Promise<void>;
  /** Opens an extension page (tracker, print view, settings) in a tab. */
  openPage: (path: string) => void;
}

export interface Env {
  locale: Locale;
  t: Translate;
  services: Services;
}
