import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { listFacets } from '../../lib/meeting-groups';
import { dayIn } from '../../lib/plan/calendar';
import type { ActionItem, Status } from '../../lib/schema';
import type { ItemQuery, PageCursor } from '../../lib/store/action-items';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { timeZone } from '../plan/format';
import { EMPTY_FILTER, toQuery, type Facets, type TrackerFilter } from './query';

const UNFINISHED: Status[] = ['not_started', 'in_progress', 'delayed'];
export const PAGE_SIZE = 50;

interface Shown {
  items: ActionItem[];
  total: number;
  next: PageCursor | null;
  damaged: number;
}

/**
 * The tracker's filter state and one page of its results, read through the item indexes
 * (lib/store/item-query.ts): a page of items and their count, never every item. Pages go by
 * cursor: the cursor of each page reached is kept, so "previous" goes back without a re-read
 * of everything before it. A change from another view, or `reload()` after this view's own
 * write, reads the current page again.
 */
export function useTrackerQuery(meetings: Map<string, MeetingSummary>) {
  const { services } = useEnv();
  const [state, setState] = useState({ filter: EMPTY_FILTER, page: 0, version: 0 });
  const cursors = useRef<(PageCursor | null)[]>([null]);
  const [shown, setShown] = useState<Shown | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [found, setFacets] = useState<Omit<Facets, 'series'>>({ owners: [], departments: [] });
  const today = dayIn(services.now(), timeZone());
  const { filter, page, version } = state;

  const query = (f: TrackerFilter): ItemQuery => ({
    ...toQuery(f),
    now: services.now().toISOString(),
    timeZone: timeZone(),
  });

  useEffect(() => {
    let alive = true;
    const q = query(filter);
    Promise.all([
      services.items.page(q, cursors.current[page] ?? null, PAGE_SIZE),
      services.items.count(q),
    ]).then(
      ([p, total]) => {
        if (!alive) return;
        cursors.current[page + 1] = p.next;
        setShown({ ...p, total });
        setError(null);
      },
      (e: unknown) => alive && setError(String(e)),
    );
    return () => void (alive = false);
  }, [services, filter, page, version]);

  // The owners and departments offered: after the first page, and again when items change.
  useEffect(() => {
    let alive = true;
    services.items.facets().then(
      (f) => alive && setFacets(f),
      () => {},
    );
    return () => void (alive = false);
  }, [services, version]);

  useEffect(
    () =>
      services.changes.subscribe((m) => {
        if (m.kind === 'reset' || (m.store === 'actionItems' && m.from !== services.viewId)) {
          setState((s) => ({ ...s, version: s.version + 1 }));
        }
      }),
    [services],
  );

  const options = useMemo(
    () => ({ ...found, series: listFacets([...meetings.values()]).series }),
    [found, meetings],
  );

  return {
    filter,
    /** A new filter starts again at the first page. */
    setFilter: (f: TrackerFilter) => {
      cursors.current = [null];
      setState((s) => ({ filter: f, page: 0, version: s.version }));
    },
    page,
    setPage: (p: number) => setState((s) => ({ ...s, page: Math.max(0, p) })),
    /** Reads the current page again (after this view stored an item). */
    reload: () => setState((s) => ({ ...s, version: s.version + 1 })),
    today,
    /** The current page's items; null while the first is read. */
    rows: shown?.items ?? null,
    total: shown?.total ?? 0,
    damaged: shown?.damaged ?? 0,
    error,
    options,
    /** The ids of the unfinished items as filtered now: the weekly review's queue. */
    unfinished: () => services.items.ids({ ...query(filter), statuses: UNFINISHED }),
  };
}
