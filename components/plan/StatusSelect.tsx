import { STATUSES, type Status } from '../../lib/schema';
import { useEnv } from '../ui/context';

/** The 状态 column as a compact select (未开始 / 进行中 / 已完成 / 延期). */
export function StatusSelect(props: {
  value: Status;
  label: string;
  onChange: (status: Status, select: HTMLSelectElement) => void;
  id?: string;
  col?: string;
  disabled?: boolean;
}) {
  const { t } = useEnv();
  return (
    <select
      id={props.id}
      class={`status status-${props.value}`}
      data-col={props.col}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      onChange={(e) => props.onChange(e.currentTarget.value as Status, e.currentTarget)}
    >
      {STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(`plan.status.${s}`)}
        </option>
      ))}
    </select>
  );
}
