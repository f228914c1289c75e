import { useMemo, useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import {
  ALL_MEETINGS,
  groupMeetings,
  listFacets,
  type ListFilter,
  type MeetingGroup,
} from '../../lib/meeting-groups';
import { REVIEW_STATES } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import type { MessageKey } from '../../lib/i18n';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { SelectField, type SelectOption } from '../ui/SelectField';
import { timeZone } from '../plan/format';
import { MeetingRow } from './MeetingRow';
import './groups.css';

/** Rows a group shows at once; "show more" adds as many. Years of minutes never render at once. */
export const GROUP_PAGE = 50;

export interface MeetingGroupsProps {
  meetings: MeetingSummary[];
  onOpen: (id: string) => void;
  onRename: (meeting: MeetingSummary, title: string) => void;
  onDelete: (meeting: MeetingSummary) => void;
}

/**
 * The meetings list's body (its own chunk, loaded by components/meeting/MeetingList.tsx): filters
 * by project, department and review state, and the meetings grouped by month or year, newest
 * first (lib/meeting-groups.ts). Only the newest group is open; a group renders its rows when it
 * is opened, fifty at a time, so thousands of meetings never make thousands of rows.
 */
export function MeetingGroups(props: MeetingGroupsProps) {
  const { t } = useEnv();
  const [filter, setFilter] = useState<ListFilter>(ALL_MEETINGS);
  const facets = useMemo(() => listFacets(props.meetings), [props.meetings]);
  const groups = useMemo(
    () => groupMeetings(props.meetings, filter, timeZone()),
    [props.meetings, filter],
  );
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
          open={isOpen(g.key)}
          onToggle={() => toggle(g.key)}
          {...props}
        />
      ))}
    </>
  );
}

function Group(
  props: MeetingGroupsProps & { group: MeetingGroup; open: boolean; onToggle: () => void },
) {
  const { group, open } = props;
  const { t, locale } = useEnv();
  const [shown, setShown] = useState(GROUP_PAGE);
  const id = `group-${group.key}`;
  const heading = groupLabel(group.key, locale);
  const rows = open ? group.meetings.slice(0, shown) : [];
  const rest = group.meetings.length - rows.length;
  return (
    <section class="meeting-group" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>
        <button type="button" aria-expanded={open} aria-controls={id} onClick={props.onToggle}>
          <span>{heading}</span>
          <span class="count">{t('list.group.count', { count: group.meetings.length })}</span>
        </button>
      </h2>
      {open && (
        <ul class="meetings" id={id}>
          {rows.map((m) => (
            <Guard
              key={m.id}
              as="li"
              reset={m}
              what={t('guard.meeting', { name: named(m.title, m.id, t('list.untitled')) })}
            >
              <MeetingRow
                meeting={m}
                when={formatDateTime(m.startAt ?? m.updatedAt, locale)}
                onOpen={() => props.onOpen(m.id)}
                onRename={(title) => props.onRename(m, title)}
                onDelete={() => props.onDelete(m)}
              />
            </Guard>
          ))}
        </ul>
      )}
      {open && rest > 0 && (
        <button type="button" class="link more" onClick={() => setShown(shown + GROUP_PAGE)}>
          {t('list.group.more', { count: Math.min(rest, GROUP_PAGE) })}
        </button>
      )}
    </section>
  );
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
