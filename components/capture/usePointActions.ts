import { useMemo, useRef, type MutableRef } from 'preact/hooks';
import { itemFromPoint, pointsWithItems } from '../../lib/capture/action';
import { capturePoint, deletePoint, editPoint, moveInGroup } from '../../lib/capture/capture-ops';
import { pointToDecision } from '../../lib/capture/points';
import { newId, type ActionItem, type Decision, type Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { focusLater } from './keys';
import { KIND_KEYS } from './kinds';
import type { PointDraft } from './PointInput';
import type { PointActions } from './PointRow';
import { useCaptureHistory } from './useCaptureHistory';
import type { ItemWriter } from '../plan/useItemWriter';

const short = (s: string) => (s.length > 24 ? `${s.slice(0, 24)}…` : s);

/** The row to focus once `id` is gone: the next one shown, else the previous, else the input. */
function focusAfterRemoving(id: string): string {
  const rows = [...document.querySelectorAll<HTMLElement>('.cap-list [data-point]')];
  const i = rows.findIndex((r) => r.dataset.point === id);
  const next = rows[i + 1] ?? rows[i - 1];
  return next ? next.id : 'cap-point-text';
}

/**
 * The capture's edits, each one undo step, and the action item made from a point. The callbacks
 * are created once and read the latest meeting from `latest`, so memoised rows never re-render
 * because a callback changed.
 */
export function usePointActions(
  props: {
    edit: (u: (m: Meeting) => Meeting) => void;
    items: readonly ActionItem[];
    writes: ItemWriter;
    announce: (message: string) => void;
    /** Approved minutes: no edit at all (the view shows them for reading and copying). */
    readOnly: boolean;
  },
  latest: MutableRef<{ meeting: Meeting; topicId: string | null }>,
) {
  const { readOnly } = props;
  const { t, services } = useEnv();
  const history = useCaptureHistory(props.edit);
  const outer = useRef(props);
  outer.current = props;
  const creating = useRef(new Set<string>());

  const api = useMemo(() => {
    const say = (message: string) => outer.current.announce(message);

    const toItem = async (id: string) => {
      const meeting = latest.current.meeting;
      const point = meeting.points.find((p) => p.id === id);
      if (!point || creating.current.has(id)) return;
      let decisions: Decision[] = meeting.decisions;
      if (point.kind === 'decision') {
        history.apply((m) => {
          const next = pointToDecision(m, id, newId);
          decisions = next.decisions;
          return next;
        });
      }
      const decisionId = decisions.find((d) => d.pointId === id)?.id ?? null;
      const mine = outer.current.items.filter((i) => i.meetingId === meeting.id);
      if (pointsWithItems([point], decisions, mine).has(id)) {
        return say(t('capture.item.exists', { task: short(point.text) }));
      }
      creating.current.add(id);
      try {
        const item = itemFromPoint(meeting, point, decisionId, services.now(), newId());
        await outer.current.writes.create(item);
        say(t('capture.item.created', { task: short(point.text) }));
      } catch {
        say(t('capture.item.failed'));
      } finally {
        creating.current.delete(id);
      }
    };

    const copy = (id: string) => {
      const point = latest.current.meeting.points.find((p) => p.id === id);
      if (!point) return;
      services.copyText(point.text).then(
        () => say(t('capture.copied')),
        () => say(t('capture.copyFailed')),
      );
    };
    if (readOnly) {
      const none = () => {};
      const actions: PointActions = {
        update: none,
        remove: none,
        move: none,
        toItem: none,
        copy,
        readOnly,
      };
      return { actions, add: () => false, itemFromLast: none };
    }

    const actions: PointActions = {
      copy,
      readOnly,
      update: (id, patch) => void history.apply((m) => editPoint(m, id, patch, newId)),
      remove: (id) => {
        const focus = focusAfterRemoving(id);
        if (history.apply((m) => deletePoint(m, id))) say(t('capture.deleted'));
        focusLater(focus);
      },
      move: (id, direction) => {
        history.apply((m) => moveInGroup(m, id, direction));
        focusLater(`point-${id}`);
      },
      toItem: (id) => void toItem(id),
    };

    const add = (draft: PointDraft) => {
      const { topicId } = latest.current;
      const added = history.apply((m) =>
        capturePoint(m, { ...draft, topicId }, services.now(), newId),
      );
      if (added) say(t('capture.added', { kind: t(KIND_KEYS[draft.kind]) }));
      return added;
    };

    const itemFromLast = () => {
      const { meeting, topicId } = latest.current;
      const last = meeting.points.findLast((p) => p.topicId === topicId);
      if (last) void toItem(last.id);
      else say(t('capture.item.noPoint'));
    };
    return { actions, add, itemFromLast };
    // history's functions are stable; `latest` and `outer` are refs.
  }, [history.apply, t, services, latest, readOnly]);

  return { history, ...api };
}
