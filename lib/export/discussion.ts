import type { Meeting, TalkingPoint } from '../schema';
import type { ExportLabels } from './labels';
import type { Entry, Section } from './outline';

/**
 * 讨论内容摘要 in the template's reading order: topic by topic in agenda order, first what each
 * department said (grouped, in the order departments first spoke), then the disagreements, then
 * what was agreed (共识, then 决议). Points not filed under a topic close the section, so nothing
 * taken down in the meeting is lost from the minutes.
 */

const KINDS = ['disagreement', 'consensus', 'decision'] as const;

function withWho(text: string, who: string, L: ExportLabels): string {
  return who ? text + L.paren(who) : text;
}

export function topicEntries(points: readonly TalkingPoint[], L: ExportLabels): Entry[] {
  const viewpoints = new Map<string, string[]>();
  const rest: Record<(typeof KINDS)[number], string[]> = {
    disagreement: [],
    consensus: [],
    decision: [],
  };
  for (const p of points) {
    const text = p.text.trim();
    if (!text) continue;
    const department = p.department.trim();
    const speaker = p.speaker.trim();
    if (p.kind === 'viewpoint') {
      const key = department || speaker || L.remarks;
      const list = viewpoints.get(key) ?? [];
      list.push(withWho(text, department ? speaker : '', L));
      viewpoints.set(key, list);
    } else {
      rest[p.kind].push(withWho(text, [department, speaker].filter(Boolean).join(' '), L));
    }
  }
  return [
    ...[...viewpoints].map(([label, texts]) => ({ label, texts })),
    ...KINDS.filter((k) => rest[k].length).map((k) => ({ label: L.kinds[k], texts: rest[k] })),
  ];
}

export function discussionSections(meeting: Meeting, L: ExportLabels): Section[] {
  const topicIds = new Set(meeting.topics.map((t) => t.id));
  const head: Section = { level: 1, title: L.discussion, blocks: [] };
  if (meeting.summary.trim()) head.blocks.push({ type: 'paragraph', text: meeting.summary.trim() });

  const topics: Section[] = meeting.topics.map((topic, i) => {
    const entries = topicEntries(
      meeting.points.filter((p) => p.topicId === topic.id),
      L,
    );
    return {
      level: 2,
      title: L.topic(i + 1, topic.title.trim()),
      blocks: [
        entries.length ? { type: 'entries', entries } : { type: 'paragraph', text: L.noNotes },
      ],
    };
  });
  const loose = topicEntries(
    meeting.points.filter((p) => p.topicId === null || !topicIds.has(p.topicId)),
    L,
  );
  if (loose.length) {
    topics.push({ level: 2, title: L.otherPoints, blocks: [{ type: 'entries', entries: loose }] });
  }
  if (!topics.length && !head.blocks.length) head.blocks.push({ type: 'paragraph', text: L.none });
  return [head, ...topics];
}
