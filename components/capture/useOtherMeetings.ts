import { useEffect, useState } from 'preact/hooks';
import { previousInSeries } from '../../lib/capture/series';
import { buildDirectory, type Directory } from '../../lib/capture/signin';
import type { Attendee, Meeting } from '../../lib/schema';
import { useEnv } from '../context';

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
 * start from). Read once per opening; the meeting's own roster is added by the view.
 */
export function useOtherMeetings(m: Pick<Meeting, 'id' | 'series' | 'startAt' | 'createdAt'>) {
  const { services } = useEnv();
  const [state, setState] = useState<{ directory: Directory; previous: PreviousMeeting | null }>(
    NOTHING,
  );
  const { id, series, startAt, createdAt } = m;

  useEffect(() => {
    let alive = true;
    const load = async () => {
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
      if (!alive) return;
      const prev = previous ? found.find((r) => r.id === previous.id) : undefined;
      setState({
        directory: buildDirectory(found.map((r) => r.attendees)),
        previous: prev
          ? { id: prev.id, title: prev.title, startAt: prev.startAt, attendees: prev.attendees }
          : null,
      });
    };
    load().catch(() => alive && setState(NOTHING));
    return () => {
      alive = false;
    };
  }, [services, id, series, startAt, createdAt]);

  return state;
}
