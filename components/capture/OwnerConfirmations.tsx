import { useState } from 'preact/hooks';
import { applyItemUpdate } from '../../lib/plan/changes';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import type { ItemWriter } from '../plan/useItemWriter';

/** Each owner says in the room that they accept their item (no 被动接受): ticked here. */
export function OwnerConfirmations(props: {
  meeting: Meeting;
  items: readonly ActionItem[];
  writes: ItemWriter;
  announce: (message: string) => void;
}) {
  const { meeting: m, items } = props;
  const { t, services } = useEnv();
  const [busy, setBusy] = useState<string | null>(null);
  const confirmed = items.filter((i) => i.ownerConfirmed).length;

  const toggle = async (item: ActionItem, ownerConfirmed: boolean) => {
    const ctx = { at: services.now(), by: m.recorder, meetingId: m.id };
    const result = applyItemUpdate(item, { ownerConfirmed }, ctx);
    if (!result.ok || !result.changed) return;
    setBusy(item.id);
    try {
      await props.writes.save(item, result.item);
    } catch {
      props.announce(t('capture.confirm.failed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <fieldset class="cap-confirm">
      <legend>{t('capture.confirm.heading', { done: confirmed, total: items.length })}</legend>
      <p class="hint">{t('capture.confirm.hint')}</p>
      {items.length === 0 && <p class="empty">{t('capture.confirm.none')}</p>}
      <ul>
        {items.map((item) => {
          const owner = [item.ownerDepartment, item.ownerName].filter((s) => s.trim()).join(' ');
          return (
            <li key={item.id} data-item={item.id}>
              <label class="check">
                <input
                  type="checkbox"
                  checked={item.ownerConfirmed}
                  disabled={busy === item.id}
                  onChange={(e) => void toggle(item, e.currentTarget.checked)}
                />
                <span>
                  {t('capture.confirm.item', {
                    owner: owner || t('capture.noOwner'),
                    task: item.task || t('capture.untitledItem'),
                  })}
                  {item.dueDate && ` · ${t('capture.due', { date: item.dueDate })}`}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
