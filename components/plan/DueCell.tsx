import { isOverdue } from '../../lib/plan/due';
import type { ActionItem } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { formatDay } from './format';

/** 计划完成时间, with the adjusted date of a delayed item and an overdue mark. */
export function DueCell(props: { item: ActionItem; today: string; short?: boolean }) {
  const { item, today } = props;
  const style = props.short ? 'short' : 'medium';
  const { t, locale } = useEnv();
  const overdue = isOverdue(item, today);
  const revised = item.status === 'delayed' && item.revisedDueDate;
  if (!item.dueDate && !revised) return <span class="muted">—</span>;
  return (
    <span class={overdue ? 'due overdue' : 'due'}>
      <span class={revised ? 'was' : undefined}>
        <time dateTime={item.dueDate ?? undefined}>{formatDay(item.dueDate, locale, style)}</time>
      </span>
      {revised && (
        <>
          {' → '}
          <time dateTime={item.revisedDueDate ?? undefined}>
            {formatDay(item.revisedDueDate, locale, style)}
          </time>
        </>
      )}
      {overdue && <span class="overdue-tag">{t('plan.overdue')}</span>}
    </span>
  );
}
