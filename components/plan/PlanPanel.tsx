import { useState } from 'preact/hooks';
import { attention } from '../../lib/plan/filter';
import type { ActionItem, Meeting, Status } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { openFormOf, rememberOpen, type OpenForm } from './formState';
import { ItemForm } from './ItemForm';
import { PlanTable } from './PlanTable';
import { usePlanItems } from './usePlanItems';
import './plan.css';

/** 行动计划表: this meeting's action items, the form and the table (loaded by PlanView). */
export function PlanPanel(props: { meeting: Meeting; edit: (u: (m: Meeting) => Meeting) => void }) {
  const { meeting } = props;
  const { t, services } = useEnv();
  const { items, damaged, error, put } = usePlanItems(meeting.id);
  const [form, setFormState] = useState<OpenForm | null>(() => openFormOf(meeting.id));
  const [round, setRound] = useState(0); // a new key per opening: a fresh form each time
  const setForm = (next: OpenForm | null) => {
    rememberOpen(meeting.id, next);
    setFormState(next);
    setRound((r) => r + 1);
  };
  const editing = form && form.itemId !== 'new' ? items?.find((i) => i.id === form.itemId) : null;
  const focusLater = (selector: string) =>
    requestAnimationFrame(() => document.querySelector<HTMLElement>(selector)?.focus());

  const openEdit = (item: ActionItem, preset?: { status: Status }) =>
    setForm({ itemId: item.id, preset });
  const close = (itemId: string | null) => {
    setForm(null);
    focusLater(itemId ? `[data-item="${itemId}"] [data-col="task"]` : '#plan-add');
  };
  const needs = items?.filter((i) => attention(i).length > 0).length ?? 0;

  return (
    <section class="card plan" aria-labelledby="plan-heading">
      <div class="plan-head">
        <h2 id="plan-heading">{t('plan.heading')}</h2>
        <div class="plan-actions">
          <button
            type="button"
            id="plan-add"
            class="primary"
            onClick={() => setForm({ itemId: 'new' })}
          >
            + {t('plan.add')}
          </button>
          <button type="button" onClick={() => services.openPage('/tracker.html')}>
            {t('plan.openTracker')}
          </button>
          <button
            type="button"
            onClick={() => services.openPage(`/tracker.html#versions=${meeting.id}`)}
          >
            {t('plan.openVersions')}
          </button>
        </div>
      </div>
      {error && (
        <p class="banner error" role="alert">
          {t('plan.loadFailed', { message: error })}
        </p>
      )}
      {damaged > 0 && <p class="banner warn">{t('plan.damaged', { count: damaged })}</p>}
      {needs > 0 && <p class="hint attention-note">⚠ {t('plan.needsAttention', { n: needs })}</p>}
      {form && (form.itemId === 'new' || editing) && (
        <ItemForm
          key={`${form.itemId}:${round}`}
          meeting={meeting}
          item={editing ?? null}
          preset={form.preset}
          onCancel={() => close(editing ? editing.id : null)}
          onSaved={(saved, again) => {
            put(saved);
            if (again) setForm({ itemId: 'new' });
            else close(saved.id);
          }}
        />
      )}
      {items === null ? (
        <p aria-live="polite">{t('plan.loading')}</p>
      ) : (
        <PlanTable meeting={meeting} items={items} onEdit={openEdit} onSaved={put} />
      )}
    </section>
  );
}
