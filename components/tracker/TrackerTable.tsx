import type { SortKey } from '../../lib/plan/filter';
import type { ActionItem, Status } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { gridKeyDown } from '../plan/gridKeys';
import { SortHeader } from '../plan/SortHeader';
import { Pager } from './Pager';
import { TrackerRow } from './TrackerRow';
import { PAGE_SIZE } from './useTrackerQuery';

/** One page of the filtered items; sortable headers; arrow keys move between rows. */
export function TrackerTable(props: {
  /** The items of this page. */
  rows: ActionItem[];
  /** How many items match in all. */
  total: number;
  page: number;
  onPage: (page: number) => void;
  sort: { key: SortKey; desc: boolean };
  onSort: (sort: { key: SortKey; desc: boolean }) => void;
  today: string;
  meetings: Map<string, MeetingSummary>;
  onOpen: (item: ActionItem) => void;
  onStatus: (item: ActionItem, status: Status, select: HTMLSelectElement) => void;
}) {
  const { rows, page, sort, onSort } = props;
  const { t } = useEnv();
  const shown = rows;
  const pager = (live: boolean) => (
    <Pager page={page} size={PAGE_SIZE} total={props.total} onPage={props.onPage} live={live} />
  );
  return (
    <>
      {pager(true)}
      <div class="table-wrap">
        <table class="plan-table tracker-table" aria-describedby="tracker-keys">
          <caption class="sr-only">{t('plan.tracker.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.field.task')}</th>
              <SortHeader
                column="owner"
                label={t('plan.field.ownerName')}
                sort={sort}
                onSort={onSort}
              />
              <SortHeader
                column="department"
                label={t('plan.field.ownerDepartment')}
                sort={sort}
                onSort={onSort}
              />
              <SortHeader column="due" label={t('plan.col.due')} sort={sort} onSort={onSort} />
              <SortHeader
                column="status"
                label={t('plan.field.status')}
                sort={sort}
                onSort={onSort}
              />
              <th scope="col">{t('plan.tracker.meeting')}</th>
            </tr>
          </thead>
          <tbody onKeyDown={gridKeyDown}>
            {shown.map((item, i) => (
              <Guard
                key={item.id}
                as="tr"
                cols={6}
                reset={item}
                what={t('guard.item', { name: named(item.task, item.id, t('plan.noTask')) })}
              >
                <TrackerRow
                  item={item}
                  row={i}
                  today={props.today}
                  meeting={props.meetings.get(item.meetingId)}
                  onOpen={props.onOpen}
                  onStatus={props.onStatus}
                />
              </Guard>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p class="empty">{t('plan.table.noMatch')}</p>}
      <p class="hint" id="tracker-keys">
        {t('plan.table.keys')}
      </p>
      {props.total > PAGE_SIZE && pager(false)}
    </>
  );
}
