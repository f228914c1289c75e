import { useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { ALL_MEETINGS, type ListFilter } from '../../lib/meeting-groups';
import { REVIEW_STATES } from '../../lib/schema';
import { concerns } from '../../lib/store/changes';
import type { ItemCount } from '../../lib/store/item-counts';
import type { GroupHead } from '../../lib/store/meeting-list';
import type { MeetingSummary } from '../../lib/store/meetings';
import type { MessageKey } from '../../lib/i18n';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { SelectField, type SelectOption } from '../ui/SelectField';
import { useStoreQuery } from '../ui/useStoreQuery';
import { timeZone } from '../plan/format';
import { MeetingRow } from './MeetingRow';
import { useGroupHeads } from './useGroupHeads';
import './groups.css';

/** Rows a group shows at once; "show more" adds as many. Years of minutes never render at once. */
export const GROUP_PAGE = 50;

export interface MeetingGroupsProps {
  /** Bumped after this view's own writes: everything shown is read again. */
  version: number;
  /** True once the summaries are known complete: only then does an empty list say so. */
  checked: boolean;
  onOpen: (id: string) => void;
  onRename: (meeting: MeetingSummary, title: string) => void;
  onDelete: (meeting: MeetingSummary) => void;
}

/**
 * The meetings list's body (its own chunk, loaded by components/meeting/MeetingList.tsx): filters
 * by project, department and review state, and the meetings grouped by month or year, newest
 * first (lib/meeting-groups.ts). Only the newest group is open; a group reads and renders its
 * rows when it is opened, fifty at a time (lib/store/meeting-list.ts), so thousands of meetings
 * are never read or rendered at once.
 */
export function MeetingGroups(props: MeetingGroupsProps) {
  const { t, services } = useEnv();
  const [filter, setFilter] = useState<ListFilter>(ALL_MEETINGS);
  const zone = timeZone();
  const facets = useStoreQuery(
    () => services.meetings.facets(),
    (m) => concerns(m, 'meetings'),
    [props.version],
  ).value ?? { series: [], departments: [] };
  const heads = useGroupHeads(filter, zone, props.version);
  const groups = heads.groups ?? [];
  const filtered = !!(filter.series || filter.department || filter.review);
  // Which groups are open; null: only the newest (what a recorder looks at most).
  const [open, setOpen] = useState<Set<string> | null>(null);
  const isOpen = (key: string) => (open ? open.has(key) : key === groups[0]?.key);
  const toggle = (key: string) => {
    const next = new Set(open ?? (groups[0] ? [groups[0].key] : []));
    if (next.has(key)) next.delete(key);
    else next.add(key);
    setOpen(next);
  };

  const select = (
    key: 'series' | 'department' | 'review' | 'by',
    label: MessageKey,
    options: SelectOption[],
    all = true,
  ) => (
    <SelectField
      id={`lf-${key}`}
      label={t(label)}
      value={filter[key]}
      options={options}
      all={all ? t('list.filter.all') : undefined}
      onChange={(value) => {
        setFilter({ ...filter, [key]: value });
        setOpen(null);
      }}
    />
  );
  const plain = (values: string[]) => values.map((v) => ({ value: v, label: v }));

  if (heads.error) {
    return (
      <p role="alert" class="banner error">
        {t('error.generic', { message: String(heads.error) })}
      </p>
    );
  }
  if (heads.groups === null) return null;
  if (groups.length === 0 && !filtered) {
    return props.checked ? <p class="empty">{t('list.empty')}</p> : null;
  }
  return (
    <>
      <div class="list-filters" role="search" aria-label={t('list.filter.label')}>
        {select('series', 'list.filter.series', plain(facets.series))}
        {select('department', 'list.filter.department', plain(facets.departments))}
        {select(
          'review',
          'list.filter.review',
          REVIEW_STATES.map((s) => ({ value: s, label: t(`review.${s}`) })),
        )}
        {select(
          'by',
          'list.filter.by',
          [
            { value: 'month', label: t('list.filter.month') },
            { value: 'year', label: t('list.filter.year') },
          ],
          false,
        )}
      </div>
      {groups.length === 0 && <p class="empty">{t('list.filter.none')}</p>}
      {groups.map((g) => (
        <Group
          key={g.key}
          group={g}
          filter={filter}
          zone={zone}
          open={isOpen(g.key)}
          onToggle={() => toggle(g.key)}
          {...props}
        />
      ))}
    </>
  );
}

interface GroupProps extends MeetingGroupsProps {
  group: GroupHead;
  filter: ListFilter;
  zone: string;
  open: boolean;
  onToggle: () => void;
}

function Group(props: GroupProps) {
  const { group, open } = props;
  const { t, locale } = useEnv();
  const [shown, setShown] = useState(GROUP_PAGE);
  const id = `group-${group.key}`;
  const heading = groupLabel(group.key, locale);
  const rows = useGroupRows(props, shown);
  const counts = useItemCounts(rows);
  const rest = group.count - rows.length;
  return (
    <section class="meeting-group" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <button type="button" aria-expanded={open} aria-controls={id} onClick={props.onToggle}>
          <span>{heading}</span>
          <span class="count">{t('list.group.count', { count: group.count })}</span>
        </button>
      </h2>
      {open && (
        <ul class="meetings" id={id}>
          {rows.map((m, i) => (
            <Guard
              key={m.id}
              as="li"
              reset={m}
              what={t('guard.meeting', { name: named(m.title, m.id, t('list.untitled')) })}
            >
              <MeetingRow
                meeting={m}
                when={formatDateTime(m.startAt ?? m.updatedAt, locale)}
                items={counts?.[i]}
                onOpen={() => props.onOpen(m.id)}
                onRename={(title) => props.onRename(m, title)}
                onDelete={() => props.onDelete(m)}
              />
            </Guard>
          ))}
        </ul>
      )}
      {open && rest > 0 && rows.length === shown && (
        <button type="button" class="link more" onClick={() => setShown(shown + GROUP_PAGE)}>
          {t('list.group.more', { count: Math.min(rest, GROUP_PAGE) })}
        </button>
      )}
    </section>
  );
}

/** The first `shown` rows of an open group, read when it opens; none while it is closed. */
function useGroupRows(props: GroupProps, shown: number): MeetingSummary[] {
  const { services } = useEnv();
  const { open, filter, zone, group, version } = props;
  const rows = useStoreQuery(
    () =>
      open ? services.meetings.groupRows(filter, zone, group.key, 0, shown) : Promise.resolve([]),
    (m) => open && concerns(m, 'meetings'),
    [open, filter, zone, group.key, group.count, shown, version],
  );
  return open ? (rows.value ?? []) : [];
}

/**
 * The action items of the shown rows, counted (lib/store/item-counts.ts), again when an item
 * changes; in the rows' order. Null until counted: the rows show without them meanwhile.
 */
function useItemCounts(rows: MeetingSummary[]): ItemCount[] | null {
  const { services } = useEnv();
  const ids = rows.map((m) => m.id);
  const key = ids.join('\n');
  const counts = useStoreQuery(
    () => (ids.length ? services.items.itemCounts(ids) : Promise.resolve([])),
    (m) => ids.length > 0 && concerns(m, 'actionItems'),
    [key],
  ).value;
  // A count read for other rows (the page grew, a meeting came or went) is not shown.
  return counts && counts.length === ids.length ? counts : null;
}

/** "2026年3月" / "March 2026", or the year alone; the key is already in the user's zone. */
function groupLabel(key: string, locale: string): string {
  const [year, month] = key.split('-').map(Number);
  const date = new Date(Date.UTC(year!, (month ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    year: 'numeric',
    ...(month ? { month: 'long' } : {}),
  }).format(date);
}
