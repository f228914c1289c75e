import { memo } from './memo';
import { useState } from 'preact/hooks';
import type { PointPatch } from '../../lib/capture/points';
import type { TalkingPoint } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { clock, KIND_KEYS, type PointKind } from './kinds';
import { PointEditForm } from './PointEditForm';
import { PointToolbar } from './PointToolbar';

export interface PointActions {
  update: (id: string, patch: PointPatch) => void;
  remove: (id: string) => void;
  move: (id: string, direction: -1 | 1) => void;
  toItem: (id: string) => void;
  copy: (id: string) => void;
  /** Approved minutes: the rows can be read and copied, nothing else. */
  readOnly: boolean;
}

const KINDS_BY_DIGIT: Record<string, PointKind> = {
  '1': 'viewpoint',
  '2': 'disagreement',
  '3': 'consensus',
  '4': 'decision',
};

interface RowProps {
  point: TalkingPoint;
  /** Has the focus (shows its toolbar). */
  active: boolean;
  /** The one row of the list in the tab order. */
  tabbable: boolean;
  hasItem: boolean;
  /** Viewpoints sit under their department's heading; the other parts name it on the row. */
  showDepartment: boolean;
  actions: PointActions;
}

/** A point compared by its fields: a copy of the same point (e.g. read back) renders nothing. */
const samePoint = (a: TalkingPoint, b: TalkingPoint) =>
  a === b ||
  (a.id === b.id &&
    a.text === b.text &&
    a.kind === b.kind &&
    a.department === b.department &&
    a.speaker === b.speaker &&
    a.at === b.at &&
    a.topicId === b.topicId);

/** One talking point: text, time, speaker; keys and a toolbar to edit, move, file, delete. */
export const PointRow = memo(
  function PointRow(props: RowProps) {
    const { point: p, actions } = props;
    const { t, locale } = useEnv();
    const [editing, setEditing] = useState(false);

    const onKeyDown = (e: KeyboardEvent) => {
      if (e.target !== e.currentTarget || e.ctrlKey || e.metaKey || actions.readOnly) return;
      const kind = KINDS_BY_DIGIT[e.key];
      if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
        actions.move(p.id, e.key === 'ArrowUp' ? -1 : 1);
      } else if (e.altKey) return;
      else if (e.key === 'Enter' || e.key === 'F2') setEditing(true);
      else if (e.key === 'Delete' || e.key === 'Backspace') actions.remove(p.id);
      else if (kind) actions.update(p.id, { kind });
      else if (e.key.toLowerCase() === 'a' && !e.shiftKey) actions.toItem(p.id);
      else return;
      e.preventDefault();
    };

    const meta = [props.showDepartment ? p.department.trim() : '', p.speaker.trim()];
    return (
      <div
        role="listitem"
        id={`point-${p.id}`}
        data-point={p.id}
        data-kind={p.kind}
        class={`cap-point${props.active ? ' active' : ''}`}
        tabIndex={props.tabbable ? 0 : -1}
        onKeyDown={onKeyDown}
      >
        {editing && !actions.readOnly ? (
          <PointEditForm point={p} onSave={actions.update} onClose={() => setEditing(false)} />
        ) : (
          <>
            <p class="cap-point-text">{p.text}</p>
            <p class="cap-point-meta">
              <time dateTime={p.at}>{clock(p.at, locale)}</time>
              {meta.filter(Boolean).map((m) => (
                <span key={m}>{m}</span>
              ))}
              <span class="sr-only">{t(KIND_KEYS[p.kind])}</span>
              {props.hasItem && <span class="cap-badge">{t('capture.hasItem')}</span>}
            </p>
            {props.active && (
              <PointToolbar point={p} actions={actions} onEdit={() => setEditing(true)} />
            )}
          </>
        )}
      </div>
    );
  },
  (a, b) =>
    samePoint(a.point, b.point) &&
    a.active === b.active &&
    a.tabbable === b.tabbable &&
    a.hasItem === b.hasItem &&
    a.showDepartment === b.showDepartment &&
    a.actions === b.actions,
);
