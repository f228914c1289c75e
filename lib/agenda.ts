/**
 * Agenda rules of the method: topics in order with planned minutes, an opening of at most
 * 3 minutes, a per-topic cap ("每个议题讨论不超过20分钟"), and a plan that fits the meeting's slot.
 */
import type { Meeting, Topic } from './schema/meeting';
import { newId } from './schema/primitives';

export const OPENING_MINUTES = 3;

export function newTopic(init: Partial<Topic> = {}): Topic {
  return {
    id: newId(),
    title: '',
    ownerName: '',
    ownerDepartment: '',
    plannedMinutes: 10,
    materials: '',
    ...init,
  };
}

/** Moves the topic at `from` to index `to` (clamped); a no-op for out-of-range `from`. */
export function moveTopic(topics: Topic[], from: number, to: number): Topic[] {
  if (from < 0 || from >= topics.length) return topics;
  const target = Math.max(0, Math.min(topics.length - 1, to));
  const next = topics.slice();
  const [moved] = next.splice(from, 1);
  next.splice(target, 0, moved!);
  return next;
}

export function updateTopic(m: Meeting, id: string, patch: Partial<Topic>): Meeting {
  return { ...m, topics: m.topics.map((t) => (t.id === id ? { ...t, ...patch } : t)) };
}

export interface AgendaCheck {
  plannedMinutes: number;
  /** The meeting's slot (end − start) in minutes, when both are set. */
  slotMinutes: number | null;
  overCap: string[];
  /** True when the plan is longer than the slot. */
  overSlot: boolean;
  /** True when the opening (first topic) is longer than 3 minutes. */
  longOpening: boolean;
}

export function checkAgenda(m: Meeting, openingTitle?: string): AgendaCheck {
  const plannedMinutes = m.topics.reduce((sum, t) => sum + t.plannedMinutes, 0);
  const slotMinutes =
    m.startAt && m.endAt
      ? Math.round((Date.parse(m.endAt) - Date.parse(m.startAt)) / 60_000)
      : null;
  const first = m.topics[0];
  return {
    plannedMinutes,
    slotMinutes,
    overCap: m.topics.filter((t) => t.plannedMinutes > m.topicCapMinutes).map((t) => t.id),
    overSlot: slotMinutes !== null && plannedMinutes > slotMinutes,
    longOpening: !!first && first.title === openingTitle && first.plannedMinutes > OPENING_MINUTES,
  };
}
