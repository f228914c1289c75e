import type { ActionItem, Meeting, Repair } from '../schema';

/**
 * What a backup file may bring in beyond what the schema checks. The schema describes what this
 * program stores (and must keep reading whatever it once stored, even mid-edit states such as an
 * end typed before the start); a restored file is checked harder, so that a record is not taken
 * in only to break later:
 * - revision and version numbers leave room for a lifetime of edits: the schema bounds them, so a
 *   file at the bound (rev near 2^53, version 1,000,000) gave a record that the next save made
 *   unreadable. No real record gets near these limits (a save every second for 30 years).
 * - times that run backwards are repaired, not refused, because the user's own file can hold
 *   them (an end typed before the start and saved as a draft, a clock set back while the timer
 *   ran): an end before its start is dropped (the meeting's end, the timer's end becomes its
 *   start, a timed stretch ends where it began), and the rest of the record comes in.
 */

export const MAX_IMPORT_REV = 1_000_000_000;
export const MAX_IMPORT_VERSION = 10_000;

export type ImportRepair = Repair | 'end_before_start' | 'reversed_timing';

export type ImportCheck<T> =
  { ok: true; record: T; repairs: ImportRepair[] } | { ok: false; detail: string };

const before = (a: string | null, b: string | null) =>
  a !== null && b !== null && Date.parse(a) < Date.parse(b);

function checkMeeting(m: Meeting): ImportCheck<Meeting> {
  if (m.version > MAX_IMPORT_VERSION) {
    return { ok: false, detail: `version: ${m.version} > ${MAX_IMPORT_VERSION}` };
  }
  const repairs: ImportRepair[] = [];
  let record = m;
  if (before(m.endAt, m.startAt)) {
    record = { ...record, endAt: null };
    repairs.push('end_before_start');
  }
  const { timing } = record;
  let reversed = false;
  const records = timing.records.map((r) => ({
    ...r,
    segments: r.segments.map((s) => {
      if (!before(s.end, s.start)) return s;
      reversed = true;
      return { ...s, end: s.start };
    }),
  }));
  const endedAt = before(timing.endedAt, timing.startedAt) ? timing.startedAt : timing.endedAt;
  if (reversed || endedAt !== timing.endedAt) {
    record = { ...record, timing: { ...timing, endedAt, records } };
    repairs.push('reversed_timing');
  }
  return { ok: true, record, repairs };
}

export function checkImported<T extends Meeting | ActionItem>(record: T): ImportCheck<T> {
  if (record.rev > MAX_IMPORT_REV) {
    return { ok: false, detail: `rev: ${record.rev} > ${MAX_IMPORT_REV}` };
  }
  if ('attendees' in record) return checkMeeting(record as Meeting) as ImportCheck<T>;
  return { ok: true, record, repairs: [] };
}
