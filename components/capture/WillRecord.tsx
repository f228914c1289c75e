import { useEnv } from '../ui/context';
import { KIND_KEYS, type PointKind } from './kinds';

/** What the point being typed will be filed as: department, speaker, kind. */
export function WillRecord(props: { department: string; speaker: string; kind: PointKind }) {
  const { t } = useEnv();
  const parts = [
    props.department || t('capture.noDepartment'),
    props.speaker,
    t(KIND_KEYS[props.kind]),
  ].filter(Boolean);
  return (
    <p id="cap-will-record" class="cap-will-record" data-kind={props.kind}>
      {t('capture.willRecord', { what: parts.join(' · ') })}
    </p>
  );
}
