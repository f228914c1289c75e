/**
 * A talking point or decision made into a row of the 行动计划表, pre-filled from what the capture
 * knows (task = what was said, the department that said it, where it came from); the action-plan
 * form completes owner, due date and support.
 */
import {
  ACTION_ITEM_SCHEMA_VERSION,
  ActionItem,
  type Decision,
  type Meeting,
  type TalkingPoint,
} from '../schema';

export function itemFromPoint(
  m: Pick<Meeting, 'id' | 'series'>,
  point: Pick<TalkingPoint, 'text' | 'department' | 'topicId'>,
  decisionId: string | null,
  now: Date,
  id: string,
): ActionItem {
  const at = now.toISOString();
  return ActionItem.parse({
    schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
    id,
    rev: 0,
    createdAt: at,
    updatedAt: at,
    meetingId: m.id,
    series: m.series.slice(0, 200),
    task: point.text.slice(0, 2000),
    ownerDepartment: point.department.trim().slice(0, 100),
    sourceTopicId: point.topicId,
    sourceDecisionId: decisionId,
    history: [],
  });
}

/**
 * The points that already have an action item of this meeting: made from their decision, or
 * (a point that is no decision) from the same topic with the same task.
 */
export function pointsWithItems(
  points: readonly TalkingPoint[],
  decisions: readonly Decision[],
  items: readonly Pick<ActionItem, 'sourceDecisionId' | 'sourceTopicId' | 'task'>[],
): Set<string> {
  const out = new Set<string>();
  if (!items.length) return out;
  const fromDecision = new Set(items.map((i) => i.sourceDecisionId).filter(Boolean));
  for (const d of decisions) if (d.pointId && fromDecision.has(d.id)) out.add(d.pointId);
  const byTask = new Set(items.map((i) => `${i.sourceTopicId ?? ''}\u0000${i.task.trim()}`));
  for (const p of points) if (byTask.has(`${p.topicId ?? ''}\u0000${p.text.trim()}`)) out.add(p.id);
  return out;
}
