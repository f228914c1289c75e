import { useRef, useState } from 'preact/hooks';
import { dayIn } from '../../lib/plan/calendar';
import { validateDraft, type DraftErrors } from '../../lib/plan/validate';
import type { ActionItem, Status } from '../../lib/schema';
import type { MessageKey } from '../../lib/i18n';
import { isRecordDeleted } from '../../lib/store/revisioned';
import { useEnv } from '../ui/context';
import { DeletedBanner } from '../meeting/DeletedBanner';
import { Field } from '../ui/Field';
import { StatusSelect } from '../plan/StatusSelect';
import { timeZone } from '../plan/format';
import { useItemWriter } from '../plan/useItemWriter';

const WEEKLY = ['cause', 'obstacle', 'help', 'next'] as const;
type Weekly = (typeof WEEKLY)[number];

/**
 * A status update with its reason (the weekly 计划跟进). In the weekly review it asks the
 * check-in's questions: cause, obstacle, help needed, next step; they go into the history note.
 * 延期 cannot be saved without a reason and an adjusted date after the planned one.
 */
export function StatusUpdateForm(props: {
  item: ActionItem;
  by: string;
  weekly?: boolean;
  preset?: Status;
  submitLabel: string;
  onSaved: (item: ActionItem) => void;
}) {
  const { item, weekly } = props;
  const { t, services } = useEnv();
  const writer = useItemWriter();
  const [status, setStatus] = useState<Status>(props.preset ?? item.status);
  const [delayReason, setReason] = useState(item.delayReason);
  const [revised, setRevised] = useState(item.revisedDueDate ?? '');
  const [notes, setNotes] = useState<Record<Weekly | 'note', string>>({
    cause: '',
    obstacle: '',
    help: '',
    next: '',
    note: '',
  });
  const [errors, setErrors] = useState<DraftErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  /** Deleted in another view since this page read it: saving would re-create it, so it asks. */
  const [gone, setGone] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const id = (f: string) => `su-${item.id}-${f}`;
  const message = (field: 'delayReason' | 'revisedDueDate', label: MessageKey) => {
    const code = errors[field];
    return code && t(`plan.error.${code}`, { field: t(label), date: item.dueDate ?? '' });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const found = validateDraft(
      {
        dueDate: item.dueDate,
        status,
        delayReason,
        revisedDueDate: revised,
        task: 'x',
        ownerName: 'x',
      },
      {
        meetingAt: null,
        today: dayIn(services.now(), timeZone()),
        timeZone: timeZone(),
        stored: item,
      },
    );
    const mine: DraftErrors = {
      delayReason: found.delayReason,
      revisedDueDate: found.revisedDueDate,
    };
    if (status !== 'delayed' && !revised) delete mine.revisedDueDate;
    for (const k of Object.keys(mine) as (keyof DraftErrors)[]) if (!mine[k]) delete mine[k];
    setErrors(mine);
    if (Object.keys(mine).length > 0) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid]')?.focus(),
      );
      return;
    }
    const lines = weekly
      ? WEEKLY.filter((k) => notes[k].trim()).map(
          (k) => `${t(`plan.weekly.${k}`)}: ${notes[k].trim()}`,
        )
      : [notes.note.trim()];
    const patch =
      status === 'delayed'
        ? { status, delayReason: delayReason.trim(), revisedDueDate: revised || null }
        : { status };
    try {
      const r = await writer.update(item, patch, {
        by: props.by,
        meetingId: null,
        note: lines.join('\n'),
      });
      if (r.ok) props.onSaved(r.item);
      else setErrors(r.errors);
    } catch (err) {
      if (isRecordDeleted(err)) setGone(true);
      else setFailure(services.isQuotaError(err) ? t('plan.saveQuota') : t('plan.saveFailed'));
    }
  };

  // Back, then this update is saved onto it: what was typed is not lost.
  const restore = async () => {
    await writer.restore(item);
    setGone(false);
    await submit(new Event('submit'));
  };

  const note = (k: Weekly | 'note', label: MessageKey) => (
    <Field
      id={id(k)}
      label={t(label)}
      multiline
      rows={2}
      value={notes[k]}
      onInput={(v) => setNotes((n) => ({ ...n, [k]: v }))}
    />
  );
  return (
    <form ref={form} class="status-form" noValidate onSubmit={submit}>
      {weekly && WEEKLY.map((k) => note(k, `plan.weekly.${k}`))}
      <div class="field narrow">
        <label for={id('status')}>{t('plan.update.status')}</label>
        <StatusSelect
          id={id('status')}
          value={status}
          label={t('plan.update.status')}
          onChange={setStatus}
        />
      </div>
      {status === 'delayed' && (
        <fieldset class="delay">
          <legend>{t('plan.form.delayLegend')}</legend>
          <Field
            id={id('reason')}
            label={t('plan.field.delayReason')}
            multiline
            rows={2}
            required
            value={delayReason}
            onInput={setReason}
            error={message('delayReason', 'plan.field.delayReason')}
          />
          <Field
            id={id('revised')}
            label={t('plan.field.revisedDueDate')}
            type="date"
            required
            value={revised}
            onInput={setRevised}
            error={message('revisedDueDate', 'plan.field.revisedDueDate')}
          />
        </fieldset>
      )}
      {!weekly && note('note', 'plan.update.note')}
      {gone && <DeletedBanner what="item" onRestore={restore} />}
      {failure && (
        <p class="banner error" role="alert">
          {failure}
        </p>
      )}
      <button type="submit" class="primary">
        {props.submitLabel}
      </button>
    </form>
  );
}
