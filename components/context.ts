import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Locale, Translate } from '../lib/i18n';
import type { MeetingRepo } from '../lib/store/meetings';
import type { ChangeFeed } from '../lib/store/changes';

/** What the panel's components need from the outside world; entrypoints build it, tests fake it. */
export interface Services {
  meetings: MeetingRepo;
  changes: ChangeFeed;
  /** Identifies this view in change messages, so it ignores its own echoes. */
  viewId: string;
  now: () => Date;
  isQuotaError: (error: unknown) => boolean;
}

export interface Env {
  locale: Locale;
  t: Translate;
  services: Services;
}

export const EnvContext = createContext<Env | null>(null);

export function useEnv(): Env {
  const env = useContext(EnvContext);
  if (!env) throw new Error('EnvContext missing');
  return env;
}
