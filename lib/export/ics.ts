import { MAX_TIME, type ActionItem, type Meeting } from '../schema';
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

/** `2026-03-06` → `20260306`. */
const icsDate = (day: string) => day.replace(/-/g, '');

/**
 * The end of an all-day event: the next day (ends are exclusive), or, for 9999-12-31, whose next
 * day has no four-digit year (`+010000-01-01`), a one-day DURATION instead.
 */
function dayEnd(day: string): string {
  const next = Date.parse(`${day}T00:00:00Z`) + 86_400_000;
  return next > MAX_TIME
    ? 'DURATION:P1D'
    : `DTEND;VALUE=DATE:${icsDate(new Date(next).toISOString().slice(0, 10))}`;
}

/** RFC 5545 INTEGER is 32-bit; a revision beyond it (a hostile file) is capped, not overflowed. */
const sequence = (rev: number) => Math.max(0, Math.min(rev, 2_147_483_647));

/**
 * An id as UID text, one text per id: `%`, `;`, `,`, `\`, control characters (which TEXT cannot
 * hold, so `a<U+0001>` and `a<U+0002>` would both have become `a`) and lone surrogates (which
 * UTF-8 cannot hold) are written as `%XX` (`%uXXXX` for surrogates); everything else as it is,
 * so ordinary ids keep the UIDs calendars already know.
 */
function uidText(id: string): string {
  let out = '';
  for (const ch of id) {
    const cp = ch.codePointAt(0)!;
    if (cp >= 0xd800 && cp <= 0xdfff) out += `%u${cp.toString(16).toUpperCase()}`;
    else if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || '%;,\\'.includes(ch)) {
      out += `%${cp.toString(16).toUpperCase().padStart(2, '0')}`;
    } else out += ch;
  }
  return out;
}

/** An item's UID never ends in `-next`: that suffix is the next meeting's (`<meeting id>-next`). */
const itemUid = (id: string) => `${uidText(id).replace(/-next$/, '%2Dnext')}@${UID_DOMAIN}`;
const nextMeetingUid = (meetingId: string) => `${uidText(meetingId)}-next@${UID_DOMAIN}`;

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
    `UID:${itemUid(item.id)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequence(item.rev)}`,
    `DTSTART;VALUE=DATE:${icsDate(day)}`,
    dayEnd(day),
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
  // Never past the last representable second (a next meeting late on 9999-12-31).
  const end = new Date(Math.min(start.getTime() + (length > 0 ? length : 3_600_000), MAX_TIME));
  const title = meeting.title.trim();
  const purpose = meeting.nextMeeting.purpose.trim();
  return [
    'BEGIN:VEVENT',
    `UID:${nextMeetingUid(meeting.id)}`,
    `DTSTAMP:${stamp}`,
    `SEQUENCE:${sequence(meeting.rev)}`,
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
