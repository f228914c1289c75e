import { diffPlans, type PlanVersion } from '../../lib/plan/versions';
import type { ActionItem, Status } from '../../lib/schema';
import type { EditableField } from '../../lib/plan/changes';
import { useEnv } from '../ui/context';
import { formatDay } from '../plan/format';

/** An archived plan as it was, and what the current plan changed since. */
export function VersionView(props: { version: PlanVersion; current: ActionItem[]; n: number }) {
  const { version, current, n } = props;
  const { t, locale } = useEnv();
  const diff = diffPlans(version, { items: current });
  const show = (field: string, v: unknown) =>
    v === null || v === '' || v === undefined
      ? '—'
      : field === 'status'
        ? t(`plan.status.${v as Status}`)
        : String(v);
  return (
    <div class="version-view">
      <div class="table-wrap">
        <table class="plan-table">
          <caption>{t('plan.versions.name', { n })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plan.col.no')}</th>
              <th scope="col">{t('plan.field.task')}</th>
              <th scope="col">{t('plan.field.ownerName')}</th>
              <th scope="col">{t('plan.field.ownerDepartment')}</th>
              <th scope="col">{t('plan.col.due')}</th>
              <th scope="col">{t('plan.field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {version.items.map((item, i) => (
              <tr key={item.id}>
                <td>{i + 1}</td>
                <td>{item.task}</td>
                <td>{item.ownerName}</td>
                <td>{item.ownerDepartment}</td>
                <td>{formatDay(item.dueDate, locale)}</td>
                <td>{t(`plan.status.${item.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('plan.versions.since', { n })}</h3>
      {diff.added.length + diff.removed.length + diff.changed.length === 0 ? (
        <p class="empty">{t('plan.versions.same')}</p>
      ) : (
        <ul class="version-diff">
          {diff.added.map((i) => (
            <li key={`a-${i.id}`}>{t('plan.versions.added', { task: i.task })}</li>
          ))}
          {diff.removed.map((i) => (
            <li key={`r-${i.id}`}>{t('plan.versions.removed', { task: i.task })}</li>
          ))}
          {diff.changed.map((d) => (
            <li key={`c-${d.id}`}>
              {t('plan.versions.changed', { task: d.after.task })}
              <ul>
                {d.changes.map((c) => (
                  <li key={c.field}>
                    {t(`plan.field.${c.field as EditableField}`)}: {show(c.field, c.from)} →{' '}
                    {show(c.field, c.to)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
