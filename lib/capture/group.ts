/**
 * The minutes' reading order of one topic's talking points (讨论内容摘要): each department's
 * viewpoints, departments in the order they first gave one; then the disagreements and how they
 * were negotiated; then the consensus; then the decisions.
 *
 * Within each part the order is the points' array order: the order they were taken down, as the
 * recorder adjusted it with `movePoint`. Sorting by `at` would undo those moves (and cost
 * O(n log n)); one pass with a Map per department keeps it O(n) for any number of points.
 */
import type { TalkingPoint, Topic } from '../schema/meeting';

export interface DepartmentViewpoints {
  /** Trimmed; '' for points taken down without a department. */
  department: string;
  points: TalkingPoint[];
}

export interface TopicDiscussion {
  viewpoints: DepartmentViewpoints[];
  disagreements: TalkingPoint[];
  consensus: TalkingPoint[];
  decisions: TalkingPoint[];
  /** How many points the parts hold together. */
  count: number;
}

export interface TopicSection {
  /** null for the points not filed under any topic of the agenda (they come last). */
  topic: Topic | null;
  discussion: TopicDiscussion;
}

/** Groups `points` as they are, whatever their topic. */
export function groupPoints(points: readonly TalkingPoint[]): TopicDiscussion {
  const byDepartment = new Map<string, DepartmentViewpoints>();
  const out: TopicDiscussion = {
    viewpoints: [],
    disagreements: [],
    consensus: [],
    decisions: [],
    count: points.length,
  };
  for (const p of points) {
    if (p.kind === 'disagreement') out.disagreements.push(p);
    else if (p.kind === 'consensus') out.consensus.push(p);
    else if (p.kind === 'decision') out.decisions.push(p);
    else {
      const department = p.department.trim();
      let group = byDepartment.get(department);
      if (!group) {
        group = { department, points: [] };
        byDepartment.set(department, group);
        out.viewpoints.push(group);
      }
      group.points.push(p);
    }
  }
  return out;
}

/** One topic's points (`topicId` null: the points filed under no topic). */
export function groupTopicPoints(
  points: readonly TalkingPoint[],
  topicId: string | null,
): TopicDiscussion {
  return groupPoints(points.filter((p) => p.topicId === topicId));
}

/**
 * Every topic in agenda order (also those without points, so the minutes list the whole agenda),
 * then, if any, the points whose topic is missing or no longer on the agenda. One pass over the
 * points for all topics.
 */
export function groupByTopic(
  points: readonly TalkingPoint[],
  topics: readonly Topic[],
): TopicSection[] {
  const buckets = new Map<string, TalkingPoint[]>(topics.map((t) => [t.id, []]));
  const loose: TalkingPoint[] = [];
  for (const p of points) {
    const bucket = p.topicId === null ? undefined : buckets.get(p.topicId);
    (bucket ?? loose).push(p);
  }
  const sections: TopicSection[] = topics.map((topic) => ({
    topic,
    discussion: groupPoints(buckets.get(topic.id) ?? []),
  }));
  if (loose.length) sections.push({ topic: null, discussion: groupPoints(loose) });
  return sections;
}
