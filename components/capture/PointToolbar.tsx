import type { TalkingPoint } from '../../lib/schema';
import { useEnv } from '../ui/context';
import type { PointActions } from './PointRow';

/**
 * The focused row's buttons (the keys do the same; see the list's shortcut line). Approved
 * minutes are read-only: their rows can only be copied.
 */
export function PointToolbar(props: {
  point: TalkingPoint;
  actions: PointActions;
  onEdit: () => void;
}) {
  const { t } = useEnv();
  const { point: p, actions } = props;
  const short = p.text.length > 20 ? `${p.text.slice(0, 20)}…` : p.text;
  const label = (key: Parameters<typeof t>[0]) => t(key, { point: short });
  const copy = (
    <button type="button" aria-label={label('capture.row.copy')} onClick={() => actions.copy(p.id)}>
      {t('capture.row.copyShort')}
    </button>
  );
  if (actions.readOnly) {
    return (
      <div role="toolbar" class="cap-toolbar" aria-label={label('capture.row.toolbar')}>
        {copy}
      </div>
    );
  }
  return (
    <div role="toolbar" class="cap-toolbar" aria-label={label('capture.row.toolbar')}>
      <button type="button" aria-label={label('capture.row.edit')} onClick={props.onEdit}>
        ✎ {t('capture.row.editShort')}
      </button>
      <button
        type="button"
        aria-label={label('capture.row.up')}
        onClick={() => actions.move(p.id, -1)}
      >
        ↑
      </button>
      <button
        type="button"
        aria-label={label('capture.row.down')}
        onClick={() => actions.move(p.id, 1)}
      >
        ↓
      </button>
      <button
        type="button"
        aria-label={label('capture.row.item')}
        onClick={() => actions.toItem(p.id)}
      >
        → {t('capture.row.itemShort')}
      </button>
      {copy}
      <button
        type="button"
        class="danger"
        aria-label={label('capture.row.delete')}
        onClick={() => actions.remove(p.id)}
      >
        ✕
      </button>
    </div>
  );
}
