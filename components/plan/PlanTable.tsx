import { useMemo, useState } from 'preact/hooks';
import { dayIn } from '../../lib/plan/calendar';
import { queryItems, type SortKey } from '../../lib/plan/filter';
import type { ActionItem, Meeting, Status } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { timeZone } from './format';
import { gridKeyDown } from './gridKeys';
import { PlanFilters, type PlanFilter } from './PlanFilters';
import { PlanRow } from './PlanRow';
import { SortHeader } from './SortHeader';
import { useItemWriter } from './useItemWriter';

type Column = 'order' | SortKey;
const OPEN: Status[] = ['not_started', 'in_progress', 'delayed'];

/**
 * The meeting's 行动计划表: sortable by column, filtered, status and confirmation edited in
 * place, moved through with the arrow keys (gridKeys.ts). Rows missing an owner, a due date or
 * the owner's confirmation are marked.
 */
export function PlanTable(props: {
  meeting: Meeting;
  items: ActionItem[];
  onEdit: (item: ActionItem, preset?: { status: Status }) => void;
  onSaved: (item: ActionItem) => void;
}) {
  const { meeting, items, onEdit } = props;
  const { t, services } = useEnv();
  const writer = useItemWriter();
  const [sort, setSort] = useState<{ key: Column; desc: boolean }>({ key: 'order', desc: false });
  const [filter, setFilter] = useState<PlanFilter>({ status: 'all', text: '', attention: false });
  const [error, setError] = useState<string | null>(null);
  const today = dayIn(services.now(), timeZone());

  const number = useMemo(() => new Map(items.map((item, i) => [item.id, i + 1])), [items]);
  const rows = useMemo(() => {
    const statuses =
      filter.status === 'all' ? [] : filter.status === 'open' ? OPEN : [filter.status];
    const query = { statuses, text: filter.text, needsAttention: filter.attention };
    const kept = queryItems(
      items,
      { ...query, sort: sort.key === 'order' ? 'due' : sort.key, descending: sort.desc },
      services.now(),
      timeZone(),
    );
    if (sort.key !== 'order') return kept;
    const sign = sort.desc ? -1 : 1;
    return kept.sort((a, b) => sign * (number.get(a.id)! - number.get(b.id)!));
  }, [items, filter, sort, number, today]);

  const save = async (item: ActionItem, patch: Partial<ActionItem>) => {
    setError(null);
    try {
      const by = meeting.recorder || meeting.host;
      const result = await writer.update(item, patch, { by, meetingId: meeting.id });
      if (result.ok) props.onSaved(result.item);
    } catch (e) {
      setError(services.isQuotaError(e) ? t('plan.saveQuota') : t('plan.saveFailed'));
    }
  };
  const onStatus = (item: ActionItem, status: Status, select: HTMLSelectElement) => {
    if (status !== 'delayed') return void save(item, { status });
    // 延期 needs a reason and an adjusted date: ask for them in the form, keep the row as it is.
    select.value = item.status;
    onEdit(item, { status });
  };

  return (
    <>
      <PlanFilters value={filter} onChange={setFilter} shown={rows.length} total={items.length} />
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      <p class="hint" id="plan-keys">
        {t('plan.table.keys')}
      </p>
      <div class="table-wrap">
        <table class="plan-table" aria-describedby="plan-keys">
          <caption class="sr-only">{t('plan.heading')}</caption>
          <thead>
            <tr>
              <SortHeader
                column="order"
                label={t('plan.col.no')}
                sort={sort}
                onSort={setSort}
                class="num"
              />
              <th scope="col">{t('plan.field.task')}</th>
              <SortHeader column="owner" label={t('plan.col.owner')} sort={sort} onSort={setSort} />
              <SortHeader column="due" label={t('plan.col.due')} sort={sort} onSort={setSort} />
              <SortHeader
                column="status"
                label={t('plan.field.status')}
                sort={sort}
                onSort={setSort}
              />
            </tr>
          </thead>
          <tbody onKeyDown={gridKeyDown}>
            {rows.map((item, row) => (
              <Guard
                key={item.id}
                as="tr"
                cols={5}
                reset={item}
                what={t('guard.item', { name: named(item.task, item.id, t('plan.noTask')) })}
              >
                <PlanRow
                  item={item}
                  row={row}
                  number={number.get(item.id)!}
                  today={today}
                  onEdit={onEdit}
                  onStatus={onStatus}
                  onConfirm={(it, ownerConfirmed) => void save(it, { ownerConfirmed })}
                />
              </Guard>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && (
        <p class="empty">{t(items.length ? 'plan.table.noMatch' : 'plan.table.empty')}</p>
      )}
    </>
  );
}
