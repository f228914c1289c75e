import { useEffect, useRef, useState } from 'preact/hooks';
import { dayIn } from '../../lib/plan/calendar';
import { isValid, validateDraft, type DraftErrors } from '../../lib/plan/validate';
import type { ActionItem, Meeting } from '../../lib/schema';
import { isRecordDeleted } from '../../lib/store/revisioned';
import { useEnv } from '../ui/context';
import { DeletedBanner } from '../meeting/DeletedBanner';
import { ItemFields } from './ItemFields';
import { formatDay, timeZone } from './format';
import {
  changedPatch,
  draftOf,
  formStateFrom,
  rememberDraft,
  toDraft,
  toPatch,
  type ItemFormState,
} from './formState';
import { useItemWriter } from './useItemWriter';
import './plan.css';

/**
 * One row of the 行动计划表 as a form: every column, validated in place. An invalid save keeps
 * every character typed, marks the fields and moves focus to the first one; what is typed is also
 * remembered while the panel lives (formState.ts), so leaving the tab loses nothing either.
 */
export function ItemForm(props: {
  meeting: Meeting;
  item: ActionItem | null;
  preset?: Partial<ItemFormState>;
  onSaved: (item: ActionItem, again: boolean) => void;
  onCancel: () => void;
}) {
  const { meeting, item } = props;
  const { t, locale, services } = useEnv();
  const writer = useItemWriter();
  const slot = item?.id ?? 'new';
  const [state, setState] = useState<ItemFormState>(() => {
    const kept = draftOf(meeting.id, slot);
    return kept ? { ...kept, ...props.preset } : formStateFrom(item, locale, props.preset);
  });
  const [checked, setChecked] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  /** Deleted in another view since this form opened: saving would re-create it, so it asks. */
  const [gone, setGone] = useState(false);
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const origin = useRef(formStateFrom(item, locale));
  // The company's departments from the settings, suggested after the meeting's own.
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    void services.settings.read().then((s) => setKnown(s.departments));
  }, [services]);
  // Focus the task when the form opens (autofocus only works once per page load).
  useEffect(() => form.current?.querySelector<HTMLElement>('#item-task')?.focus(), []);

  const today = dayIn(services.now(), timeZone());
  const errors: DraftErrors = checked
    ? validateDraft(toDraft(state), {
        meetingAt: meeting.startAt,
        today,
        timeZone: timeZone(),
        stored: item,
      })
    : {};
  const earliest = formatDay(
    meeting.startAt ? dayIn(new Date(meeting.startAt), timeZone()) : today,
    locale,
    'long',
  );

  const set = (patch: Partial<ItemFormState>) => {
    setState((s) => {
      const next = { ...s, ...patch };
      rememberDraft(meeting.id, slot, next);
      return next;
    });
  };

  const submit = async (again: boolean) => {
    setChecked(true);
    const found = validateDraft(toDraft(state), {
      meetingAt: meeting.startAt,
      today,
      timeZone: timeZone(),
      stored: item,
    });
    if (!isValid(found)) {
      requestAnimationFrame(() =>
        form.current?.querySelector<HTMLElement>('[aria-invalid]')?.focus(),
      );
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const by = meeting.recorder || meeting.host;
      let saved: ActionItem;
      if (item) {
        const patch = changedPatch(state, origin.current);
        const result = await writer.update(item, patch, { by, meetingId: meeting.id });
        if (!result.ok) return;
        saved = result.item;
      } else {
        const patch = toPatch(state);
        saved = await writer.create({ ...patch, meetingId: meeting.id, series: meeting.series });
      }
      rememberDraft(meeting.id, slot, null);
      props.onSaved(saved, again);
    } catch (e) {
      if (isRecordDeleted(e)) setGone(true);
      else setFailure(services.isQuotaError(e) ? t('plan.saveQuota') : t('plan.saveFailed'));
    } finally {
      setBusy(false);
    }
  };

  // Back from the trash (or, if the trash no longer has it, stored again as this form read it),
  // then this form's edit is saved onto it: what was typed is not lost.
  const restore = async () => {
    if (!item) return;
    await writer.restore(item);
    setGone(false);
    await submit(false);
  };

  const cancel = () => {
    rememberDraft(meeting.id, slot, null);
    props.onCancel();
  };
  const count = Object.keys(errors).length;
  return (
    <form
      ref={form}
      class="item-form"
      noValidate
      aria-labelledby="item-form-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(false);
      }}
      onKeyDown={(e) => e.key === 'Escape' && cancel()}
    >
      <h3 id="item-form-heading">
        {item ? t('plan.form.editHeading') : t('plan.form.newHeading')}
      </h3>
      <ItemFields
        meeting={meeting}
        state={state}
        set={set}
        errors={errors}
        earliest={earliest}
        known={known}
      />
      {count > 0 && (
        <p class="banner error" role="alert">
          {t('plan.form.fix', { n: count })}
        </p>
      )}
      {gone && <DeletedBanner what="item" onRestore={restore} />}
      {failure && (
        <p class="banner error" role="alert">
          {failure}
        </p>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" disabled={busy}>
          {t('plan.form.save')}
        </button>
        {!item && (
          <button type="button" disabled={busy} onClick={() => void submit(true)}>
            {t('plan.form.saveAndNew')}
          </button>
        )}
        <button type="button" onClick={cancel}>
          {t('plan.form.cancel')}
        </button>
      </div>
    </form>
  );
}
