import { dayIn } from '../../lib/plan/calendar';
import { attention } from '../../lib/plan/filter';
import type { ActionItem, Status } from '../../lib/schema';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';
import { AttentionFlags } from '../plan/AttentionFlags';
import { DueCell } from '../plan/DueCell';
import { StatusSelect } from '../plan/StatusSelect';
import { formatDay, timeZone } from '../plan/format';

/** One action item in the tracker: details, status in place, and its source meeting. */
export function TrackerRow(props: {
  item: ActionItem;
  row: number;
  today: string;
  meeting: MeetingSummary | undefined;
  onOpen: (item: ActionItem) => void;
  onStatus: (item: ActionItem, status: Status, select: HTMLSelectElement) => void;
}) {
  const { item, meeting } = props;
  const { t, locale, services } = useEnv();
  const task = item.task.trim() || t('plan.noTask');
  const title = meeting?.title || t('plan.untitledMeeting');
  return (
    <tr
      data-row={props.row}
      data-item={item.id}
      class={attention(item).length ? 'attention' : undefined}
    >
      <th scope="row" class="task">
        <button
          type="button"
          class="task-button"
          data-col="task"
          aria-label={t('plan.tracker.open', { task })}
          onClick={() => props.onOpen(item)}
        >
          {task}
        </button>
        <AttentionFlags flags={attention(item)} />
      </th>
      <td>{item.ownerName || <span class="muted">—</span>}</td>
      <td>{item.ownerDepartment}</td>
      <td>
        <DueCell item={item} today={props.today} />
      </td>
      <td>
        <StatusSelect
          value={item.status}
          col="status"
          label={t('plan.table.statusOf', { task })}
          onChange={(status, select) => props.onStatus(item, status, select)}
        />
      </td>
      <td class="meeting">
        <button
          type="button"
          class="link"
          data-col="meeting"
          aria-label={t('plan.tracker.openMeeting', { title })}
          onClick={() => services.openPage(`/sidepanel.html#/meeting/${item.meetingId}`)}
        >
          {title}
        </button>
        {meeting?.startAt && (
          <span class="muted small">
            {' '}
            {formatDay(dayIn(new Date(meeting.startAt), timeZone()), locale)}
          </span>
        )}
      </td>
    </tr>
  );
}
