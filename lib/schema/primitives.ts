import { z } from 'zod';

/**
 * Storage forms of time. Instants are ISO 8601 with an offset (we write UTC, `…Z`), so a meeting
 * typed in Beijing and read in Berlin means the same moment; calendar days (due dates) are plain
 * `YYYY-MM-DD`, because "due Friday" is a day, not a moment. Both are shown in the user's locale.
 */
export const Instant = z.iso.datetime({ offset: true });
export const CalendarDate = z.iso.date();

/** Bounded text: hostile or corrupt files cannot make us hold megabytes in one field. */
export const text = (max = 2000) => z.string().max(max).default('');
export const longText = () => text(50_000);

export const Id = z.string().min(1).max(64);

/** A fresh id for any record. `crypto.randomUUID` exists in extension pages, workers and Node. */
export function newId(): string {
  return crypto.randomUUID();
}
