import { useMemo, useState } from 'preact/hooks';
import { dayIn } from '../../lib/plan/calendar';
import { queryItems } from '../../lib/plan/filter';
import type { ActionItem, Status } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { timeZone } from '../plan/format';
import { EMPTY_FILTER, facets, toQuery, type TrackerFilter } from './query';

const UNFINISHED: Status[] = ['not_started', 'in_progress', 'delayed'];

/**
 * The tracker's filter state and its results. Every derived list is memoised on the items (which
 * change identity only when an item changes) and the filter, so typing in the search box runs one
 * pass over the items and one sort, and paging runs none.
 */
export function useTrackerQuery(items: ActionItem[] | null, meetings: Map<string, MeetingSummary>) {
  const { services } = useEnv();
  const [filter, setFilterState] = useState<TrackerFilter>(EMPTY_FILTER);
  const [page, setPage] = useState(0);
  const today = dayIn(services.now(), timeZone());

  // Items of meetings filed under a project after the items were made follow their meeting.
  const all = useMemo(
    () =>
      (items ?? []).map((i) => {
        const series = i.series || meetings.get(i.meetingId)?.series || '';
        return series === i.series ? i : { ...i, series };
      }),
    [items, meetings],
  );
  const byId = useMemo(() => new Map(all.map((i) => [i.id, i])), [all]);
  const options = useMemo(() => facets(all), [all]);
  const rows = useMemo(
    () => queryItems(all, toQuery(filter), services.now(), timeZone()),
    [all, filter, today, services],
  );

  return {
    filter,
    /** A new filter starts again at the first page. */
    setFilter: (f: TrackerFilter) => {
      setFilterState(f);
      setPage(0);
    },
    page,
    setPage,
    today,
    byId,
    options,
    rows,
    /** The ids of the unfinished items as filtered now: the weekly review's queue. */
    unfinished: () =>
      queryItems(all, { ...toQuery(filter), statuses: UNFINISHED }, services.now(), timeZone()).map(
        (i) => i.id,
      ),
  };
}
