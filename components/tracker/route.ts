import { DUE_BUCKETS, type DueBucket } from '../../lib/plan/filter';
import { useHash } from '../ui/useHash';

/** Where the tracker is, from its location hash: shareable, and what notifications link to. */
export type TrackerRoute =
  | { view: 'list'; due: DueBucket | null; meetingId: string | null }
  | { view: 'item'; id: string }
  | { view: 'review' }
  | { view: 'versions'; meetingId: string };

export function parseRoute(hash: string): TrackerRoute {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const item = p.get('item');
  if (item) return { view: 'item', id: item };
  if (p.has('review')) return { view: 'review' };
  const versions = p.get('versions');
  if (versions) return { view: 'versions', meetingId: versions };
  const due = p.get('due') as DueBucket | null;
  return {
    view: 'list',
    due: due && DUE_BUCKETS.includes(due) ? due : null,
    meetingId: p.get('meeting'),
  };
}

export function routeHash(route: TrackerRoute): string {
  switch (route.view) {
    case 'item':
      return `#item=${encodeURIComponent(route.id)}`;
    case 'review':
      return '#review';
    case 'versions':
      return `#versions=${encodeURIComponent(route.meetingId)}`;
    case 'list':
      return '';
  }
}

/** The current route, following the location hash. */
export function useRoute(): { hash: string; route: TrackerRoute; go: (r: TrackerRoute) => void } {
  const hash = useHash();
  return {
    hash,
    route: parseRoute(hash),
    go: (next) => {
      location.hash = routeHash(next);
    },
  };
}
