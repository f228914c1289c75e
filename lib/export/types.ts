import type { Locale } from '../i18n';
import type { ActionItem, Meeting } from '../schema';

/**
 * What every exporter of finished minutes receives. The clock (`now`) is a parameter so an export
 * is a pure function of its input and golden files stay byte-stable.
 */
export interface ExportInput {
  meeting: Meeting;
  items: ActionItem[];
  locale: Locale;
  now: Date;
}

/**
 * The reader's environment. `timeZone` (IANA name) decides how instants read; left out, the
 * runtime's zone is used, which is the meeting's local time for the person exporting.
 */
export interface ExportOptions {
  timeZone?: string;
}
