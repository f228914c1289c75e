import { POINT_KINDS } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';
import { KIND_KEYS, type PointKind } from './kinds';

/**
 * Department, speaker and kind for the next points, so the recorder types only what was said.
 * Department and speaker stay until changed; the kind goes back to 观点 after each point.
 */
export function PointDefaults(props: {
  department: string;
  speaker: string;
  kind: PointKind;
  onDepartment: (v: string) => void;
  onSpeaker: (v: string) => void;
  onKind: (k: PointKind) => void;
}) {
  const { t } = useEnv();
  return (
    <div class="cap-defaults">
      <Field
        id="cap-default-dept"
        label={t('capture.department')}
        list="cap-departments"
        maxLength={100}
        value={props.department}
        keyShortcuts="Alt+D"
        onInput={props.onDepartment}
      />
      <Field
        id="cap-default-speaker"
        label={t('capture.speaker')}
        list="cap-speakers"
        maxLength={100}
        value={props.speaker}
        keyShortcuts="Alt+S"
        onInput={props.onSpeaker}
      />
      <div class="field">
        <label for="cap-default-kind">{t('capture.kind')}</label>
        <select
          id="cap-default-kind"
          value={props.kind}
          aria-keyshortcuts="Alt+1 Alt+2 Alt+3 Alt+4"
          onChange={(e) => props.onKind(e.currentTarget.value as PointKind)}
        >
          {POINT_KINDS.map((k, i) => (
            <option key={k} value={k}>
              {`${t(KIND_KEYS[k])} (Alt+${i + 1})`}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
