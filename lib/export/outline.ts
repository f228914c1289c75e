import { createTranslate } from '../i18n';
import { formatInstant, formatSpan } from './dates';
import { discussionSections } from './discussion';
import { exportLabels, type ExportLabels } from './labels';
import { absenteeLines, departmentLines, personWithTitle } from './people';
import { planTable } from './plan';
import type { ExportInput, ExportOptions } from './types';
import type { Meeting } from '../schema';

/**
 * Finished minutes as a format-neutral outline: every exporter renders this one structure, so
 * Markdown, HTML, plain text and the print page cannot disagree about what the minutes say.
 * Strings here are plain user-visible text; escaping is each renderer's job.
 */
export interface Field {
  label: string;
  lines: string[];
}
/** A labelled list entry: "市场部: …" with one or more texts. */
export interface Entry {
  label: string;
  texts: string[];
}
export type Block =
  | { type: 'fields'; rows: Field[] }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; ordered: boolean; items: string[] }
  | { type: 'entries'; entries: Entry[] }
  | { type: 'table'; columns: string[]; rows: string[][] };

/** Level 1 is a section of the template, level 2 a topic inside 讨论内容摘要; no title = preamble. */
export interface Section {
  level: 1 | 2;
  title: string | null;
  blocks: Block[];
}

export interface Outline {
  locale: ExportInput['locale'];
  /** The heading: 跨部门协作会议纪要. */
  heading: string;
  /** The document's name (HTML <title>, the print dialog's default PDF name). */
  name: string;
  sections: Section[];
  footer: string;
  /** How a label meets its text ("市场部:…" / "Marketing: …"). */
  colon: string;
}

function placeText(m: Meeting, L: ExportLabels, locale: ExportInput['locale']): string {
  const t = createTranslate(locale);
  const online = m.platform ? L.online(t(`platform.${m.platform}`)) : '';
  const link = m.link.trim();
  const onlineText = online && link ? `${online}${L.colon}${link}` : online || link;
  return [m.room.trim(), onlineText].filter(Boolean).join(' / ');
}

function basicInfo(input: ExportInput, L: ExportLabels, timeZone?: string): Section {
  const m = input.meeting;
  const rows: Field[] = [{ label: L.meetingName, lines: [m.title.trim()] }];
  if (m.goal.trim()) rows.push({ label: L.goal, lines: [m.goal.trim()] });
  rows.push(
    { label: L.time, lines: [formatSpan(m.startAt, m.endAt, input.locale, timeZone)] },
    { label: L.place, lines: [placeText(m, L, input.locale)] },
    // The code people type to join, beside the link: the same meeting next week has the same one.
    ...(m.meetingCode.trim() ? [{ label: L.meetingCode, lines: [m.meetingCode.trim()] }] : []),
    { label: L.host, lines: [personWithTitle(m.host, m.hostTitle, L)] },
    { label: L.recorder, lines: [personWithTitle(m.recorder, m.recorderTitle, L)] },
    { label: L.attendees, lines: departmentLines(m.attendees, L) },
    { label: L.absentees, lines: absenteeLines(m.attendees, L) },
  );
  return { level: 1, title: null, blocks: [{ type: 'fields', rows }] };
}

function agenda(m: Meeting, L: ExportLabels): Section {
  const items = m.topics.map((topic) => {
    const owner = [topic.ownerDepartment.trim(), topic.ownerName.trim()].filter(Boolean).join(' ');
    const details = [owner, topic.plannedMinutes > 0 ? L.minutes(topic.plannedMinutes) : '']
      .filter(Boolean)
      .join(L.comma);
    return topic.title.trim() + (details ? L.paren(details) : '');
  });
  return {
    level: 1,
    title: L.agenda,
    blocks: [
      items.length ? { type: 'list', ordered: true, items } : { type: 'paragraph', text: L.none },
    ],
  };
}

const textOrNone = (text: string, L: ExportLabels): Block => ({
  type: 'paragraph',
  text: text || L.none,
});

/** The outline of one meeting's minutes with its action plan. */
export function buildOutline(input: ExportInput, options: ExportOptions = {}): Outline {
  const { meeting: m, items, locale, now } = input;
  const L = exportLabels(locale);
  const tz = options.timeZone;
  const decisions = m.decisions.map((d) => d.text.trim()).filter(Boolean);
  const plan = planTable(items, L);
  return {
    locale,
    heading: L.docTitle,
    name: m.title.trim() ? `${m.title.trim()} - ${L.docTitle}` : L.docTitle,
    sections: [
      basicInfo(input, L, tz),
      agenda(m, L),
      ...discussionSections(m, L),
      {
        level: 1,
        title: L.decisions,
        blocks: [
          decisions.length ? { type: 'list', ordered: true, items: decisions } : textOrNone('', L),
        ],
      },
      {
        level: 1,
        title: L.actionPlan,
        blocks: [plan.rows.length ? { type: 'table', ...plan } : textOrNone('', L)],
      },
      {
        level: 1,
        title: L.nextMeeting,
        blocks: [
          textOrNone(
            L.nextLine(formatInstant(m.nextMeeting.at, locale, tz), m.nextMeeting.purpose.trim()),
            L,
          ),
        ],
      },
      {
        level: 1,
        title: L.review,
        blocks: [
          textOrNone(
            L.reviewLine(
              L.reviewStates[m.review.state],
              m.review.reviewer.trim(),
              formatInstant(m.review.at, locale, tz),
            ),
            L,
          ),
        ],
      },
    ],
    colon: L.colon,
    footer: `${L.version(m.version)} · ${L.exportedAt}${L.colon}${formatInstant(now.toISOString(), locale, tz)}`,
  };
}
