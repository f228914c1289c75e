/**
 * The capture view's edits of talking points, on top of points.ts: a point typed as 决议 is also
 * a decision of the minutes (决议事项), and stays one while it reads as it did; reordering moves a
 * point among the points it is shown with (its department's viewpoints, the disagreements, …),
 * not among the whole topic, so every move is visible. Pure, like points.ts.
 */
import type { Meeting, TalkingPoint } from '../schema/meeting';
import { groupTopicPoints } from './group';
import {
  addPoint,
  pointToDecision,
  removePoint,
  updatePoint,
  type NewPoint,
  type PointPatch,
} from './points';

/** The schema's bounds (schema/meeting.ts): a record over them could not be read back. */
function bounded<T extends PointPatch>(p: T): T {
  const out = { ...p };
  if (out.text !== undefined) out.text = out.text.slice(0, 10_000);
  if (out.department !== undefined) out.department = out.department.trim().slice(0, 100);
  if (out.speaker !== undefined) out.speaker = out.speaker.trim().slice(0, 100);
  return out;
}

/** Appends a point; a decision is also added to the decisions. */
export function capturePoint(m: Meeting, point: NewPoint, at: Date, newId: () => string) {
  const next = addPoint(m, bounded(point), at, newId);
  const added = next.points.at(-1);
  return next !== m && added?.kind === 'decision' ? pointToDecision(next, added.id, newId) : next;
}

/** The decision made from a point that still reads as the point (not reworded on its own). */
const followsPoint = (m: Meeting, p: TalkingPoint) =>
  m.decisions.find((d) => d.pointId === p.id && d.text === p.text);

/**
 * Edits a point. Becoming a 决议 adds its decision; ceasing to be one removes the decision as long
 * as it still reads as the point (the text is kept in the point, so nothing typed is lost).
 */
export function editPoint(m: Meeting, id: string, patch: PointPatch, newId: () => string) {
  const old = m.points.find((p) => p.id === id);
  let next = updatePoint(m, id, bounded(patch));
  if (!old || next === m) return next;
  const now = next.points.find((p) => p.id === id)!;
  if (now.kind === 'decision' && old.kind !== 'decision') next = pointToDecision(next, id, newId);
  if (now.kind !== 'decision' && old.kind === 'decision') {
    const follows = followsPoint(next, now);
    if (follows) next = { ...next, decisions: next.decisions.filter((d) => d !== follows) };
  }
  return next;
}

/** Removes a point and the decision that merely repeats it; a reworded decision stays, unlinked. */
export function deletePoint(m: Meeting, id: string): Meeting {
  const point = m.points.find((p) => p.id === id);
  if (!point) return m;
  const follows = followsPoint(m, point);
  const next = removePoint(m, id);
  return follows ? { ...next, decisions: next.decisions.filter((d) => d.id !== follows.id) } : next;
}

/** The points shown together with `point` in the minutes' order (group.ts), in that order. */
function shownWith(m: Meeting, point: TalkingPoint): TalkingPoint[] {
  const g = groupTopicPoints(m.points, point.topicId);
  if (point.kind === 'disagreement') return g.disagreements;
  if (point.kind === 'consensus') return g.consensus;
  if (point.kind === 'decision') return g.decisions;
  const department = point.department.trim();
  return g.viewpoints.find((v) => v.department === department)?.points ?? [];
}

/**
 * Moves a point one place up (-1) or down (+1) among the points shown with it: it swaps places
 * with its neighbour there (clamped at the ends: the same meeting).
 */
export function moveInGroup(m: Meeting, id: string, direction: -1 | 1): Meeting {
  const point = m.points.find((p) => p.id === id);
  if (!point) return m;
  const group = shownWith(m, point);
  const neighbour = group[group.indexOf(point) + direction];
  if (!neighbour) return m;
  const from = m.points.indexOf(point);
  const to = m.points.indexOf(neighbour);
  const points = m.points.slice();
  points[from] = neighbour;
  points[to] = point;
  return { ...m, points };
}
