import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PlanVersionStore } from '../../lib/adapters/plan-versions';
import type { TrackerPrefs } from '../../lib/adapters/tracker-prefs';

/** What the tracker page needs beyond the panel's services; its entrypoint builds it. */
export interface TrackerServices {
  /** Reminder settings and the name written into histories (storage.local). */
  prefs: TrackerPrefs;
  /** Archived versions of meetings' plans (IndexedDB, lib/adapters/shelf.ts). */
  versions: PlanVersionStore;
}

export const TrackerContext = createContext<TrackerServices | null>(null);

export function useTracker(): TrackerServices {
  const services = useContext(TrackerContext);
  if (!services) throw new Error('TrackerContext missing');
  return services;
}
