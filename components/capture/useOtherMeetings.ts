import { previousInSeries } from '../../lib/capture/series';
import { buildDirectory, type Directory } from '../../lib/capture/signin';
import type { Attendee, Meeting } from '../../lib/schema';
import { concerns } from '../../lib/store/changes';
import { useEnv } from '../ui/context';
import { useStoreQuery } from '../ui/useStoreQuery';

/** How many recent meetings the remembered departments and people come from. */
const RECENT = 12;

export interface PreviousMeeting {
  id: string;
  title: string;
  startAt: string | null;
  attendees: Attendee[];
}

const NOTHING = { directory: { departments: [], people: [] } as Directory, previous: null };

/**
 * What sign-in learns from the other meetings: the departments and people of the recent ones
 * (suggested as you type) and the previous meeting of the series (whose roster this one can
 * start from), read again when another view changes another meeting.
 */
export function useOtherMeetings(m: Pick<Meeting, 'id' | 'series' | 'startAt' | 'createdAt'>) {
  const { services } = useEnv();
  const { id, series, startAt, createdAt } = m;
  const query = useStoreQuery(
    async () => {
      const { meetings } = await services.meetings.list();
      const previous = previousInSeries(meetings, { id, series, startAt, createdAt });
      const recent = meetings
        .filter((x) => x.id !== id)
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
        .slice(0, RECENT)
        .map((x) => x.id);
      const ids = previous && !recent.includes(previous.id) ? [...recent, previous.id] : recent;
      const records = await Promise.all(ids.map((x) => services.meetings.get(x).catch(() => null)));
      const found = records.filter((r): r is Meeting => !!r && !('reason' in r));
      const prev = previous ? found.find((r) => r.id === previous.id) : undefined;
      return {
        directory: buildDirectory(found.map((r) => r.attendees)),
        previous: prev
          ? { id: prev.id, title: prev.title, startAt: prev.startAt, attendees: prev.attendees }
          : null,
      };
    },
    // Another meeting's roster changed; this meeting's own is added by the view.
    (change) => concerns(change, 'meetings') && !(change.kind !== 'reset' && change.id === id),
    [id, series, startAt, createdAt],
  );
  return query.error === null ? (query.value ?? NOTHING) : NOTHING;
}
