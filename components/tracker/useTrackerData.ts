import { useCallback, useEffect, useState } from 'preact/hooks';
import type { ActionItem } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';

export interface TrackerData {
  /** null while loading, or when not asked for. */
  items: ActionItem[] | null;
  meetings: Map<string, MeetingSummary>;
  damaged: number;
  error: string | null;
  /** Puts an item this view just stored. */
  put: (item: ActionItem) => void;
}

/**
 * The meetings' summaries (titles, projects), and when `withItems` (the weekly review, which
 * goes through the unfinished items one by one) every action item. The list pages items
 * through the indexes instead (useTrackerQuery.ts). Loaded once; afterwards a change message
 * re-reads only the item it names.
 */
export function useTrackerData(withItems: boolean): TrackerData {
  const { services } = useEnv();
  const [items, setItems] = useState<ActionItem[] | null>(null);
  const [meetings, setMeetings] = useState(new Map<string, MeetingSummary>());
  const [damaged, setDamaged] = useState(0);
  const [error, setError] = useState<string | null>(null);

  const put = useCallback((item: ActionItem) => {
    setItems((list) => {
      if (!list) return list;
      const at = list.findIndex((x) => x.id === item.id);
      if (at < 0) return [...list, item];
      if (list[at]!.rev > item.rev) return list;
      const next = list.slice();
      next[at] = item;
      return next;
    });
  }, []);
  const drop = (id: string) => setItems((list) => list && list.filter((x) => x.id !== id));

  const loadMeetings = useCallback(
    () =>
      services.meetings.list().then(
        (r) => setMeetings(new Map(r.meetings.map((m) => [m.id, m]))),
        (e: unknown) => setError(String(e)),
      ),
    [services],
  );

  useEffect(() => {
    let alive = true;
    const loadAll = () => {
      void loadMeetings();
      if (!withItems) return;
      services.items.listAll().then(
        (r) => {
          if (!alive) return;
          setItems(r.items);
          setDamaged(r.damaged.length);
        },
        (e: unknown) => alive && setError(String(e)),
      );
    };
    loadAll();
    const stop = services.changes.subscribe((m) => {
      if (!alive) return;
      // Everything may have changed (a backup restored, everything deleted): read it all again.
      if (m.kind === 'reset') return void loadAll();
      if (m.from === services.viewId) return;
      if (m.store === 'meetings') return void loadMeetings();
      if (!withItems) return;
      void services.items.get(m.id).then((found) => {
        if (!alive) return;
        if (found === null) drop(m.id);
        else if (!('reason' in found)) put(found);
      });
    });
    return () => {
      alive = false;
      stop();
    };
  }, [services, put, loadMeetings, withItems]);

  return { items, meetings, damaged, error, put };
}
