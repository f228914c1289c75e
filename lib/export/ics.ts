import type { ActionItem, Meeting } from '../schema';
import { icsUtc } from './dates';
import { exportLabels, type ExportLabels } from './labels';
import { planNotes } from './plan';
import type { ExportInput } from './types';

/**
 * The action plan as an RFC 5545 calendar: one all-day event per due date (a day, not a moment,
 * as in the schema) and the next meeting as a timed event in UTC. UIDs come from the record ids
 * and SEQUENCE from the record's revision, so importing the file again updates the same events
 * instead of duplicating them. Each due event carries the method's reminder one day before.
 */

export const PRODID = '-//Minutes Side Panel//Minutes Export 1.0//EN';
export const UID_DOMAIN = 'minutes-side-panel';

/** TEXT value escaping (RFC 5545 §3.3.11); control characters are not allowed in TEXT at all. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,]/g, '\\$&')
    .replace(/\n/g, '\\n')
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, ''); // eslint-disable-line no-control-regex
}

/** Folds a content line at 75 octets (§3.1), never inside a UTF-8 sequence or surrogate pair. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (octets + size > 75) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n');
}

/** `2026-03-06` → `20260306`, and the day after (all-day events end exclusively). */
const icsDate = (day: string) => day.replace(/-/g, '');
function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return icsDate(d.toISOString().slice(0, 10));
}

const uid = (id: string) => `${escapeIcsText(id)}@${UID_DOMAIN}`;

function itemEvent(item: ActionItem, meeting: Meeting, L: ExportLabels, stamp: string): string[] {
  const day = item.status === 'delayed' && item.revisedDueDate ? item.revisedDueDate : item.dueDate;
  if (!day) return [];
  const owner = item.ownerName.trim();
  const summary = owner ? `${item.task.trim()} — ${owner}` : item.task.trim();
  const [, , dept, who, collab, due, support, status] = L.columns;
  const notes = planNotes(item, L);
  const description = [
    [dept, item.ownerDepartment.trim()],
    [who, owner],
    [collab, item.collaborators.filter((c) => c.trim()).join(L.listSep)],
    [due, item.dueDate ?? ''],
    [support, item.support.trim()],
    [status, L.statuses[item.status]],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `${k}${L.colon}${v}`)
    .concat(notes ? [notes] : [])
    .concat(meeting.title.trim() ? [`${L.fromMeeting}${L.colon}${meeting.title.trim()}`] : [])
    .join('\n');
  return [
    'BEGIN:VEVENT',
    `UID:${uid(item.id)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${item.rev}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    `DTEND;VALUE=DATE:${nextDay(day)}`,
    `SUMMARY:${escapeIcsText(summary)}`,
    `DESCRIPTION:${escapeIcsText(description)}`,
    'TRANSP:TRANSPARENT',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    'TRIGGER:-PT15H',
    `DESCRIPTION:${escapeIcsText(summary)}`,
    'END:VALARM',
    'END:VEVENT',
  ];
}

function nextMeetingEvent(meeting: Meeting, L: ExportLabels, stamp: string): string[] {
  if (!meeting.nextMeeting.at) return [];
  const start = new Date(meeting.nextMeeting.at);
  if (Number.isNaN(start.getTime())) return [];
  const length =
    meeting.startAt && meeting.endAt
      ? new Date(meeting.endAt).getTime() - new Date(meeting.startAt).getTime()
      : NaN;
  const end = new Date(start.getTime() + (length > 0 ? length : 60 * 60 * 1000));
  const title = meeting.title.trim();
  const purpose = meeting.nextMeeting.purpose.trim();
  return [
    'BEGIN:VEVENT',
    `UID:${uid(`${meeting.id}-next`)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${meeting.rev}`,
    `DTSTART:${icsUtc(start)}`,
    `DTEND:${icsUtc(end)}`,
    `SUMMARY:${escapeIcsText([title, purpose].filter(Boolean).join(' — ') || L.nextMeeting)}`,
    `DESCRIPTION:${escapeIcsText(`${L.nextMeeting}${L.colon}${purpose}`)}`,
    ...(meeting.room.trim() ? [`LOCATION:${escapeIcsText(meeting.room.trim())}`] : []),
    'END:VEVENT',
  ];
}

export function exportIcs(input: ExportInput): string {
  const L = exportLabels(input.locale);
  const stamp = icsUtc(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    ...input.items.flatMap((item) => itemEvent(item, input.meeting, L, stamp)),
    ...nextMeetingEvent(input.meeting, L, stamp),
    'END:VCALENDAR',
  ];
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}
