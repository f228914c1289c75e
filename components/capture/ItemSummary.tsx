import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

type Review = Meeting['earlierReview'][number];

/** An earlier item at a glance: task, owner, due date, status now, and what was said here. */
export function ItemSummary(props: { item: ActionItem; review: Review | null }) {
  const { t } = useEnv();
  const { item, review } = props;
  const owner = [item.ownerDepartment, item.ownerName].filter((s) => s.trim()).join(' ');
  const due = item.revisedDueDate ?? item.dueDate;
  return (
    <div class="cap-item-summary">
      <p class="cap-item-task">{item.task || t('capture.untitledItem')}</p>
      <p class="cap-point-meta">
        <span>{owner || t('capture.noOwner')}</span>
        <span>{due ? t('capture.due', { date: due }) : t('capture.noDue')}</span>
        <span class="cap-badge" data-status={item.status}>
          {t(`capture.status.${item.status}`)}
        </span>
      </p>
      {review && (
        <p class="cap-reviewed">
          {t('capture.earlier.reviewed', { status: t(`capture.status.${review.status}`) })}
          {review.note && ` — ${review.note}`}
          {review.status === 'delayed' &&
            ` (${review.delayReason}, ${t('capture.due', { date: review.revisedDueDate ?? '' })})`}
        </p>
      )}
    </div>
  );
}
