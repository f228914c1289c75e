import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { pointsWithItems } from '../../lib/capture/action';
import { groupTopicPoints } from '../../lib/capture/group';
import { departmentOf, speakersOf } from '../../lib/capture/signin';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { historyKey, ownsUndo } from './keys';
import { PointInput } from './PointInput';
import { PointList } from './PointList';
import { ShortcutHint } from './ShortcutHint';
import { TopicPicker } from './TopicPicker';
import { UndoBar } from './UndoBar';
import type { ItemWriter } from '../plan/useItemWriter';
import { usePointActions } from './usePointActions';

/** Names in first-seen order, once each; the same array while the names stay the same. */
function useNames(compute: () => string[], deps: unknown[]): string[] {
  const last = useRef<string[]>([]);
  return useMemo(() => {
    const next = [
      ...new Set(
        compute()
          .map((s) => s.trim())
          .filter(Boolean),
      ),
    ];
    const same = next.length === last.current.length && next.every((s, i) => s === last.current[i]);
    return same ? last.current : (last.current = next);
  }, deps);
}

/** 发言要点: the current topic's points, typed in one input and shown as the minutes read. */
export function PointCapture(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  items: readonly ActionItem[];
  writes: ItemWriter;
  announce: (message: string) => void;
  /** Approved minutes: read topic by topic and copied, not edited. */
  readOnly: boolean;
}) {
  const { meeting: m, readOnly } = props;
  const { t } = useEnv();
  // Opened from a search hit (#/meeting/<id>/capture/point-<id>, components/search/route.ts):
  // on that point's topic, so the point is there to land on.
  const [picked, setPicked] = useState<{ topicId: string | null } | null>(() => {
    const hit = /\/capture\/point-([\w-]+)$/.exec(location.hash)?.[1];
    const point = hit ? m.points.find((x) => x.id === hit) : undefined;
    return point ? { topicId: point.topicId } : null;
  });
  const timerTopic = m.topics.find((x) => x.id === m.timing.currentTopicId)?.id ?? null;
  const pickedTopic =
    picked && (picked.topicId === null || m.topics.some((x) => x.id === picked.topicId));
  const topicId = pickedTopic ? picked.topicId : (timerTopic ?? m.topics[0]?.id ?? null);
  const topic = m.topics.find((x) => x.id === topicId) ?? null;

  const { attendees, points, decisions } = m;
  const departments = useNames(
    () => [
      ...attendees.map((a) => a.department),
      ...m.topics.map((x) => x.ownerDepartment),
      ...points.map((p) => p.department),
    ],
    [attendees, m.topics, points],
  );
  const speakers = useNames(() => speakersOf(attendees), [attendees]);
  const discussion = useMemo(() => groupTopicPoints(points, topicId), [points, topicId]);
  const lastWithItems = useRef<Set<string>>(new Set());
  const withItems = useMemo(() => {
    const mine = props.items.filter((i) => i.meetingId === m.id);
    const next = pointsWithItems(points, decisions, mine);
    const prev = lastWithItems.current;
    const same = next.size === prev.size && [...next].every((id) => prev.has(id));
    return same ? prev : (lastWithItems.current = next); // the same set keeps the rows memoised
  }, [points, decisions, props.items, m.id]);

  const latest = useRef({ meeting: m, topicId });
  latest.current = { meeting: m, topicId };
  const { history, actions, add, itemFromLast } = usePointActions(props, latest);
  const resolveDepartment = useCallback(
    (speaker: string) => departmentOf(latest.current.meeting.attendees, speaker),
    [],
  );

  const onKeyDown = (e: KeyboardEvent) => {
    const which = historyKey(e);
    if (!which || ownsUndo(e.target) || readOnly) return;
    e.preventDefault();
    const done = which === 'undo' ? history.undo() : history.redo();
    props.announce(t(done ? `capture.${which}.done` : `capture.${which}.none`));
  };

  const label = topic
    ? t('capture.input.label', { topic: topic.title || t('capture.untitledTopic') })
    : t('capture.input.labelNoTopic');
  return (
    <section class="card cap-capture" aria-labelledby="cap-points-heading" onKeyDown={onKeyDown}>
      <h2 id="cap-points-heading">{t('capture.points.heading')}</h2>
      <TopicPicker
        topics={m.topics}
        value={topicId}
        timerTopicId={timerTopic}
        following={!pickedTopic}
        onPick={(id) => setPicked(id === timerTopic ? null : { topicId: id })}
        onFollow={() => setPicked(null)}
      />
      {!readOnly && (
        <>
          <PointInput
            label={label}
            departments={departments}
            speakers={speakers}
            departmentOf={resolveDepartment}
            onAdd={add}
            onItemFromLast={itemFromLast}
          />
          <ShortcutHint where="input" />
          <UndoBar history={history} announce={props.announce} />
        </>
      )}
      <PointList discussion={discussion} withItems={withItems} actions={actions} />
      {discussion.count > 0 && !readOnly && <ShortcutHint where="list" />}
      <datalist id="cap-departments">
        {departments.map((d) => (
          <option key={d} value={d} />
        ))}
      </datalist>
      <datalist id="cap-speakers">
        {speakers.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
    </section>
  );
}
