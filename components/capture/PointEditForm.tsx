import { useState } from 'preact/hooks';
import type { PointPatch } from '../../lib/capture/points';
import { POINT_KINDS, type TalkingPoint } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';
import { composing, focusLater } from './keys';
import { KIND_KEYS, type PointKind } from './kinds';

/** Edits a point in place: Enter saves, Escape cancels; the focus goes back to the row. */
export function PointEditForm(props: {
  point: TalkingPoint;
  onSave: (id: string, patch: PointPatch) => void;
  onClose: () => void;
}) {
  const { t } = useEnv();
  const { point: p } = props;
  const [draft, setDraft] = useState({
    text: p.text,
    department: p.department,
    speaker: p.speaker,
    kind: p.kind,
  });
  const id = (f: string) => `point-${p.id}-${f}`;
  const close = () => {
    props.onClose();
    focusLater(`point-${p.id}`);
  };
  const save = () => {
    const text = draft.text.trim();
    if (text) props.onSave(p.id, { ...draft, text });
    close();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (composing(e)) return;
    e.stopPropagation(); // the row's own keys are not for the form
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    } else if (e.key === 'Enter' && !e.shiftKey && (e.target as HTMLElement).tagName !== 'BUTTON') {
      e.preventDefault();
      save();
    }
  };
  const set = (patch: Partial<typeof draft>) => setDraft((d) => ({ ...d, ...patch }));

  return (
    <div class="cap-edit" role="group" aria-label={t('capture.edit.heading')} onKeyDown={onKeyDown}>
      <label for={id('text')}>{t('capture.edit.text')}</label>
      <textarea
        id={id('text')}
        rows={3}
        maxLength={10_000}
        value={draft.text}
        autoFocus
        onInput={(e) => set({ text: e.currentTarget.value })}
      />
      <div class="row">
        <Field
          id={id('dept')}
          label={t('capture.department')}
          list="cap-departments"
          maxLength={100}
          value={draft.department}
          onInput={(value) => set({ department: value })}
        />
        <Field
          id={id('speaker')}
          label={t('capture.speaker')}
          list="cap-speakers"
          maxLength={100}
          value={draft.speaker}
          onInput={(value) => set({ speaker: value })}
        />
        <div class="field">
          <label for={id('kind')}>{t('capture.kind')}</label>
          <select
            id={id('kind')}
            value={draft.kind}
            onChange={(e) => set({ kind: e.currentTarget.value as PointKind })}
          >
            {POINT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(KIND_KEYS[k])}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div class="cap-actions">
        <button type="button" class="primary" onClick={save}>
          {t('capture.edit.save')}
        </button>
        <button type="button" onClick={close}>
          {t('capture.edit.cancel')}
        </button>
      </div>
    </div>
  );
}
