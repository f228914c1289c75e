/**
 * What a meeting page tells the extension about itself, and what it gets back. The page script
 * sends only its URL and title; the background decides with lib/platforms (kept out of the page's
 * bundle) and keeps the details per tab for the panel's "continue or start minutes" offer.
 */
import type { Platform } from './schema/meeting';
import { DEMO_PATH } from './timer/demo';

export interface PageMessage {
  type: 'page';
  url: string;
  title: string;
}

export interface PageHints {
  platform: Platform;
  meetingCode: string;
  title: string;
  link: string;
  seenAt: number;
}

export interface PageReply {
  meeting: boolean;
  /** False when the user turned the overlay off for this platform (the dock still works). */
  overlay: boolean;
}

export const pageMessage = (url: string, title: string): PageMessage => ({
  type: 'page',
  url: url.slice(0, 8192),
  title: title.slice(0, 500),
});

export function isPageMessage(m: unknown): m is PageMessage {
  const o = m as Partial<PageMessage> | null;
  return o?.type === 'page' && typeof o.url === 'string' && typeof o.title === 'string';
}

/** The bundled demo meeting page (loopback only) counts as a meeting on the "other" platform. */
export function demoHints(url: URL, title: string, now: number): PageHints | null {
  if (url.hostname !== '127.0.0.1' || !url.pathname.startsWith(DEMO_PATH)) return null;
  const code = /(\d{3} \d{3} \d{3})/.exec(title)?.[1] ?? '';
  return {
    platform: 'other',
    meetingCode: code.replaceAll(' ', ''),
    title: title.split(/ [|-] /)[0]?.trim() ?? '',
    link: url.origin + url.pathname,
    seenAt: now,
  };
}

/** Where the background keeps a tab's page details in `storage.session`: `page:<tabId>`. */
export const PAGE_KEY_PREFIX = 'page:';

/**
 * The background asks a tab's page script where its page is now, after the tab navigated: a
 * single-page app changes its address without loading a new page (and without a new message).
 * The script answers with a `PageMessage`; no answer means no meeting page script is there.
 */
export interface PageAgainRequest {
  type: 'pageAgain';
}
export const PAGE_AGAIN: PageAgainRequest = { type: 'pageAgain' };
export const isPageAgain = (m: unknown): m is PageAgainRequest =>
  (m as Partial<PageAgainRequest> | null)?.type === 'pageAgain';

/** The panel asks the background for the details of the meeting page it sits beside. */
export interface HintsRequest {
  type: 'hintsForTab';
}
export const isHintsRequest = (m: unknown): m is HintsRequest =>
  (m as Partial<HintsRequest> | null)?.type === 'hintsForTab';
