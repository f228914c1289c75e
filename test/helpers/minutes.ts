import type { Meeting } from '../../lib/schema';

/**
 * The stored minutes as a reader sees them, ids and times left out (tests check those apart):
 * topics by title, points as [topic, department, speaker, kind, text].
 */
export function minutesOf(m: Meeting) {
  const topic = (id: string | null) => m.topics.find((x) => x.id === id)?.title ?? null;
  return {
    title: m.title,
    series: m.series,
    attendees: m.attendees.map((a) => [
      a.name,
      a.department,
      a.role,
      a.attendance,
      a.absenceReason,
      a.substitute,
    ]),
    topics: m.topics.map((x) => x.title),
    points: m.points.map((p) => [topic(p.topicId), p.department, p.speaker, p.kind, p.text]),
    decisions: m.decisions.map((d) => d.text),
    earlierReview: m.earlierReview,
    summary: m.summary,
  };
}
