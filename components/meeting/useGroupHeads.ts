import { useEffect, useState } from 'preact/hooks';
import type { ListFilter } from '../../lib/meeting-groups';
import { concerns } from '../../lib/store/changes';
import type { GroupHead, GroupPage } from '../../lib/store/meeting-list';
import { useEnv } from '../ui/context';
import { useStoreQuery } from '../ui/useStoreQuery';

/** Headers in the first read: more than a panel shows, so the first screen waits for no more. */
export const FIRST_GROUPS = 12;
/** Headers per read after it, until the oldest. */
const MORE_GROUPS = 60;

/**
 * The list's group headers for `filter`, newest first (lib/store/meeting-list.ts): the first few
 * at once, the older ones read right after, a page at a time, and appended, so the first screen
 * never waits for years of headers. Read again on `version` and on another view's change.
 */
export function useGroupHeads(filter: ListFilter, timeZone: string, version: number) {
  const { services } = useEnv();
  const query = useStoreQuery<GroupPage>(
    () => services.meetings.groups(filter, timeZone, null, FIRST_GROUPS),
    (m) => concerns(m, 'meetings'),
    [filter, timeZone, version],
  );
  const base = query.value;
  // The older headers read after `base`; forgotten when `base` is read again.
  const [tail, setTail] = useState<Tail | null>(null);
  const more = tail?.after === base ? tail : null;
  const next = more ? more.next : (base?.next ?? null);
  useEffect(() => {
    if (!base || next === null) return;
    let alive = true;
    void services.meetings.groups(filter, timeZone, next, MORE_GROUPS).then((page) => {
      if (alive)
        setTail({
          after: base,
          groups: [...(more?.groups ?? []), ...page.groups],
          next: page.next,
        });
    });
    return () => {
      alive = false;
    };
  }, [base, next]); // `base` and `next` say which read this continues
  return {
    groups: base ? [...base.groups, ...(more?.groups ?? [])] : null,
    error: query.error,
  };
}

interface Tail {
  after: GroupPage;
  groups: GroupHead[];
  next: string | null;
}
