import * as z from 'zod/mini';

/**
 * Schema building blocks. zod/mini rather than zod: the same validation at a third of the bytes
 * (the panel's start-up budget is 50 KB gzip).
 *
 * Storage forms of time. Instants are ISO 8601 with an offset (we write UTC, `…Z`), so a meeting
 * typed in Beijing and read in Berlin means the same moment; calendar days (due dates) are plain
 * `YYYY-MM-DD`, because "due Friday" is a day, not a moment. Both are shown in the user's locale.
 */
/**
 * Both are bounded to four-digit years, 1000–9999 (the instant as UTC): year 0000 or 10000 is no
 * meeting anyone held, and exports (file names, ICS, Excel) assume four digits.
 */
export const MIN_TIME = Date.UTC(1000, 0, 1);
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);
const inRange = (s: string) => {
  const t = Date.parse(s);
  return t >= MIN_TIME && t <= MAX_TIME;
};
const YEARS = { message: 'year outside 1000–9999' };
export const Instant = z.iso.datetime({ offset: true }).check(z.refine(inRange, YEARS));
export const CalendarDate = z.iso.date().check(z.refine((d) => inRange(`${d}T00:00:00Z`), YEARS));

/** Bounded text: hostile or corrupt files cannot make us hold megabytes in one field. */
export const text = (max = 2000) => z._default(z.string().check(z.maxLength(max)), '');
export const longText = () => text(50_000);

export const Id = z.string().check(z.minLength(1), z.maxLength(64));

/** A bounded integer. */
export const int = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** A list with at most `max` entries. */
export const list = <T extends z.core.SomeType>(item: T, max: number) =>
  z._default(z.array(item).check(z.maxLength(max)), []);

export const nullable = <T extends z.core.SomeType>(schema: T) =>
  z._default(z.nullable(schema), null);

/** A fresh id for any record. `crypto.randomUUID` exists in extension pages, workers and Node. */
export function newId(): string {
  return crypto.randomUUID();
}
