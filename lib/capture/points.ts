/**
 * Capture operations on a meeting, pure: each returns a new meeting that shares every point and
 * decision it did not change (the same meeting when nothing changes, so a no-op adds no undo step).
 * The clock and the id maker are parameters. Points keep the order they were taken down; that
 * array order is the minutes' order (see group.ts), so `movePoint` changes it.
 *
 * Undo/redo keeps snapshots of only `points` and `decisions`: holding the arrays is enough, since
 * the operations never mutate them, and undo cannot take back an edit of the title or attendees.
 */
import type { Decision, Meeting, TalkingPoint } from '../schema/meeting';

export type NewPoint = Pick<TalkingPoint, 'topicId' | 'department' | 'speaker' | 'kind' | 'text'>;
export type PointPatch = Partial<Omit<TalkingPoint, 'id'>>;

/** Appends a point taken down at `at`; blank text adds nothing. */
export function addPoint(m: Meeting, point: NewPoint, at: Date, newId: () => string): Meeting {
  const text = point.text.trim();
  if (!text) return m;
  const added: TalkingPoint = { ...point, text, id: newId(), at: at.toISOString() };
  return { ...m, points: [...m.points, added] };
}

/**
 * Edits a point. A decision made from it follows a change of text or topic as long as it still
 * reads as the point did (a decision reworded on its own is left alone).
 */
export function updatePoint(m: Meeting, id: string, patch: PointPatch): Meeting {
  const old = m.points.find((p) => p.id === id);
  const changed = Object.entries(patch).filter(
    ([k, v]) => v !== undefined && k !== 'id' && old?.[k as keyof TalkingPoint] !== v,
  );
  if (!old || !changed.length) return m;
  const next: TalkingPoint = { ...old, ...Object.fromEntries(changed) };
  const follows = (d: Decision) => d.pointId === id && d.text === old.text;
  const decisions = m.decisions.some(follows)
    ? m.decisions.map((d) => (follows(d) ? { ...d, text: next.text, topicId: next.topicId } : d))
    : m.decisions;
  return { ...m, points: m.points.map((p) => (p === old ? next : p)), decisions };
}

/** Removes a point. A decision made from it stays (decisions are never lost silently), unlinked. */
export function removePoint(m: Meeting, id: string): Meeting {
  if (!m.points.some((p) => p.id === id)) return m;
  const linked = m.decisions.some((d) => d.pointId === id);
  return {
    ...m,
    points: m.points.filter((p) => p.id !== id),
    decisions: linked
      ? m.decisions.map((d) => (d.pointId === id ? { ...d, pointId: null } : d))
      : m.decisions,
  };
}

/** Moves a point `delta` places among the points of its own topic (clamped). */
export function movePoint(m: Meeting, id: string, delta: number): Meeting {
  const index = m.points.findIndex((p) => p.id === id);
  const point = m.points[index];
  if (!point) return m;
  const siblings: number[] = [];
  m.points.forEach((p, i) => p.topicId === point.topicId && siblings.push(i));
  const from = siblings.indexOf(index);
  const to = Math.max(0, Math.min(siblings.length - 1, from + delta));
  if (to === from) return m;
  const points = m.points.slice();
  points.splice(index, 1);
  points.splice(siblings[to]!, 0, point);
  return { ...m, points };
}

/** Makes a decision (决议) of a point, once: a second call returns the meeting unchanged. */
export function pointToDecision(m: Meeting, pointId: string, newId: () => string): Meeting {
  const point = m.points.find((p) => p.id === pointId);
  if (!point || m.decisions.some((d) => d.pointId === pointId)) return m;
  const decision: Decision = { id: newId(), topicId: point.topicId, pointId, text: point.text };
  return { ...m, decisions: [...m.decisions, decision] };
}

// --- undo / redo -------------------------------------------------------------------------------

export const HISTORY_LIMIT = 200;

export interface History<T> {
  readonly past: readonly T[];
  readonly present: T;
  readonly future: readonly T[];
}

export const createHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** Records `next` as the new present; keeps the last `HISTORY_LIMIT` steps; clears redo. */
export function push<T>(h: History<T>, next: T, same: (a: T, b: T) => boolean = Object.is) {
  if (same(h.present, next)) return h;
  const past = [...h.past.slice(-(HISTORY_LIMIT - 1)), h.present];
  return { past, present: next, future: [] } satisfies History<T>;
}

export function undo<T>(h: History<T>): History<T> {
  if (h.past.length === 0) return h;
  return {
    past: h.past.slice(0, -1),
    present: h.past.at(-1) as T,
    future: [h.present, ...h.future],
  };
}

export function redo<T>(h: History<T>): History<T> {
  if (h.future.length === 0) return h;
  return { past: [...h.past, h.present], present: h.future[0] as T, future: h.future.slice(1) };
}

export type Capture = Pick<Meeting, 'points' | 'decisions'>;

export const captureOf = (m: Meeting): Capture => ({ points: m.points, decisions: m.decisions });
export const sameCapture = (a: Capture, b: Capture) =>
  a.points === b.points && a.decisions === b.decisions;
/** The meeting with the captured points and decisions of an undo/redo step, all else as it is. */
export const withCapture = (m: Meeting, c: Capture): Meeting => ({ ...m, ...c });
