import { attention } from '../../lib/plan/filter';
import type { ActionItem, Status } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { AttentionFlags } from './AttentionFlags';
import { DueCell } from './DueCell';
import { StatusSelect } from './StatusSelect';

/** One row of the 行动计划表: status and the owner's confirmation edit in place. */
export function PlanRow(props: {
  item: ActionItem;
  number: number;
  row: number;
  today: string;
  onEdit: (item: ActionItem) => void;
  onStatus: (item: ActionItem, status: Status, select: HTMLSelectElement) => void;
  onConfirm: (item: ActionItem, confirmed: boolean) => void;
}) {
  const { item, onEdit } = props;
  const { t } = useEnv();
  const flags = attention(item);
  const task = item.task.trim() || t('plan.noTask');
  return (
    <tr data-row={props.row} data-item={item.id} class={flags.length > 0 ? 'attention' : undefined}>
      <td class="num">{props.number}</td>
      <th scope="row" class="task">
        <button
          type="button"
          class="task-button"
          data-col="task"
          aria-label={t('plan.table.edit', { task })}
          onClick={() => onEdit(item)}
        >
          {task}
        </button>
        <AttentionFlags flags={flags} />
      </th>
      <td class="owner">
        {item.ownerName.trim() ? item.ownerName : <span class="muted">—</span>}
        {item.ownerDepartment && <span class="dept">{item.ownerDepartment}</span>}
        <label class="confirm" title={t('plan.table.confirmedOf', { task })}>
          <input
            type="checkbox"
            data-col="confirmed"
            checked={item.ownerConfirmed}
            aria-label={t('plan.table.confirmedOf', { task })}
            onChange={(e) => props.onConfirm(item, e.currentTarget.checked)}
          />
          <span aria-hidden="true">{t('plan.col.confirmed')}</span>
        </label>
      </td>
      <td class="due-cell">
        <DueCell item={item} today={props.today} short />
      </td>
      <td>
        <StatusSelect
          value={item.status}
          col="status"
          label={t('plan.table.statusOf', { task })}
          onChange={(status, select) => props.onStatus(item, status, select)}
        />
      </td>
    </tr>
  );
}
