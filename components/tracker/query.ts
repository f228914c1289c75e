import type { DueBucket, SortKey, TrackerQuery } from '../../lib/plan/filter';
import type { ActionItem, Status } from '../../lib/schema';

/** The tracker's filter form as state: '' is "all". */
export interface TrackerFilter {
  department: string;
  owner: string;
  status: '' | 'open' | Status;
  series: string;
  due: '' | DueBucket;
  meetingId: string;
  text: string;
  attention: boolean;
  sort: SortKey;
  desc: boolean;
}

export const EMPTY_FILTER: TrackerFilter = {
  department: '',
  owner: '',
  status: 'open',
  series: '',
  due: '',
  meetingId: '',
  text: '',
  attention: false,
  sort: 'due',
  desc: false,
};

const one = <T>(value: T | '') => (value === '' ? [] : [value]);

export function toQuery(f: TrackerFilter): TrackerQuery {
  return {
    departments: one(f.department),
    owners: one(f.owner),
    statuses: f.status === 'open' ? ['not_started', 'in_progress', 'delayed'] : one(f.status),
    series: one(f.series),
    buckets: one(f.due),
    meetingIds: one(f.meetingId),
    needsAttention: f.attention,
    text: f.text,
    sort: f.sort,
    descending: f.desc,
  };
}

export interface Facets {
  departments: string[];
  owners: string[];
  series: string[];
}

const collator = new Intl.Collator('zh-CN', { numeric: true });
const sorted = (values: Set<string>) => [...values].filter((v) => v.trim()).sort(collator.compare);

/** The values the filters offer: those that occur, each once, in a stable order. */
export function facets(items: readonly ActionItem[]): Facets {
  const departments = new Set<string>();
  const owners = new Set<string>();
  const series = new Set<string>();
  for (const item of items) {
    departments.add(item.ownerDepartment);
    owners.add(item.ownerName);
    series.add(item.series);
  }
  return { departments: sorted(departments), owners: sorted(owners), series: sorted(series) };
}
