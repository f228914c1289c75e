import type { Platform } from '../schema';

/** What a meeting page tells about itself before anyone types anything. Missing → ''. */
export interface MeetingHints {
  /** The ID people type to join (Tencent '123456789', Meet 'abc-defg-hij', a Jitsi room). */
  meetingCode: string;
  /** The meeting's own title, without the platform's brand or generic page names. */
  title: string;
  /** A join link: origin + path plus only the query parameters needed to join. */
  link: string;
}

export interface PlatformAdapter {
  id: Platform;
  /** Chrome/Firefox match patterns for the content script (host + path, no <all_urls>). */
  matches: readonly string[];
  /** True when this URL is a meeting page (in a call / a join page), false for the site's other pages. */
  isMeetingUrl(url: URL): boolean;
  /** Reads what it can from the URL and document title; never throws; missing → ''. */
  extract(input: { url: URL; title: string }): MeetingHints;
}
