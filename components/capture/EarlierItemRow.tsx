import { useState } from 'preact/hooks';
import { reviewEntry, reviewItem } from '../../lib/capture/review';
import { recordReview } from '../../lib/capture/series';
import type { DraftErrors } from '../../lib/plan/validate';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { DelayFields } from './DelayFields';
import { ItemSummary } from './ItemSummary';
import { composing } from './keys';
import type { ItemWriter } from '../plan/useItemWriter';

const QUICK = ['in_progress', 'done', 'delayed'] as const;
type Review = Meeting['earlierReview'][number];

/** One earlier item: its quick status update (进行中/已完成/延期) and a progress note. */
export function EarlierItemRow(props: {
  item: ActionItem;
  review: Review | null;
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  writes: ItemWriter;
  announce: (message: string) => void;
}) {
  const { item, review, meeting } = props;
  const { t, services } = useEnv();
  const [status, setStatus] = useState(item.status);
  const [note, setNote] = useState('');
  const [delayReason, setDelayReason] = useState(item.delayReason);
  const [revised, setRevised] = useState(item.revisedDueDate ?? '');
  const [errors, setErrors] = useState<DraftErrors>({});
  const [busy, setBusy] = useState(false);
  const id = (f: string) => `earlier-${item.id}-${f}`;

  const record = async () => {
    const input = { status, note, delayReason, revisedDueDate: revised || null };
    const at = services.now();
    const ctx = { at, by: meeting.recorder, meetingId: meeting.id };
    const result = reviewItem(item, input, ctx);
    if (!result.ok) return setErrors(result.errors);
    setErrors({});
    setBusy(true);
    try {
      if (result.changed) await props.writes.save(item, result.item);
      props.edit((m) => recordReview(m, reviewEntry(item, input, at)));
      setNote('');
      props.announce(t('capture.earlier.recorded', { task: item.task }));
    } catch {
      props.announce(t('capture.earlier.failed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="cap-earlier-item" data-item={item.id}>
      <ItemSummary item={item} review={review} />
      <fieldset class="cap-status-pick">
        <legend>{t('capture.earlier.status', { task: item.task })}</legend>
        {QUICK.map((s) => (
          <label key={s} class="cap-radio">
            <input
              type="radio"
              name={id('status')}
              value={s}
              checked={status === s}
              onChange={() => setStatus(s)}
            />
            {t(`capture.status.${s}`)}
          </label>
        ))}
      </fieldset>
      {status === 'delayed' && (
        <DelayFields
          idPrefix={id('')}
          reason={delayReason}
          date={revised}
          errors={errors}
          onReason={setDelayReason}
          onDate={setRevised}
        />
      )}
      <div class="row cap-note-row">
        <div class="field">
          <label for={id('note')}>{t('capture.earlier.note')}</label>
          <input
            id={id('note')}
            value={note}
            maxLength={5000}
            placeholder={t('capture.earlier.notePlaceholder')}
            onInput={(e) => setNote(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !composing(e)) {
                e.preventDefault();
                void record();
              }
            }}
          />
        </div>
        <button type="button" class="primary" disabled={busy} onClick={() => void record()}>
          {t('capture.earlier.record')}
        </button>
      </div>
    </li>
  );
}
