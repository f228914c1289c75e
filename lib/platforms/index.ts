import { dingtalk } from './dingtalk';
import { feishu, lark } from './feishu';
import { jitsi } from './jitsi';
import { meet } from './meet';
import { teams } from './teams';
import { tencent, voov } from './tencent';
import type { PlatformAdapter } from './types';
import { webex } from './webex';
import { whereby } from './whereby';
import { zoom } from './zoom';

/**
 * Which web meeting a page is, from its URL alone: pure and DOM-free, so the background, the
 * content script and the tests share it. One adapter per platform ('other' has none: it is the
 * user's choice for a meeting we cannot recognise).
 */
export type { MeetingHints, PlatformAdapter } from './types';
export { matchesPattern } from './match-pattern';

export const PLATFORM_ADAPTERS: readonly PlatformAdapter[] = [
  tencent,
  voov,
  meet,
  zoom,
  teams,
  feishu,
  lark,
  dingtalk,
  webex,
  jitsi,
  whereby,
];

/** Every content-script match pattern, deduplicated, for the manifest. Never `<all_urls>`. */
export const ALL_MATCH_PATTERNS: readonly string[] = [
  ...new Set(PLATFORM_ADAPTERS.flatMap((adapter) => adapter.matches)),
];

/** No meeting link is this long; refusing longer input bounds the work on hostile strings. */
const MAX_URL_LENGTH = 8192;

/** The adapter whose meeting page this is; null for other pages and anything unparsable. */
export function detectPlatform(input: string | URL): PlatformAdapter | null {
  try {
    const text = typeof input === 'string' ? input.trim() : input.href;
    if (text.length > MAX_URL_LENGTH) return null;
    const url = new URL(text);
    return PLATFORM_ADAPTERS.find((adapter) => adapter.isMeetingUrl(url)) ?? null;
  } catch {
    return null;
  }
}
