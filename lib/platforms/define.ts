import type { Platform } from '../schema';
import type { MeetingHints, PlatformAdapter } from './types';
import { hostMatches } from './url';

/**
 * The one way a platform is registered. A platform names its hosts and content-script paths once;
 * the match patterns for the manifest and the host check of `isMeetingUrl` both come from that
 * list, so the two cannot drift apart. The wrapper also keeps the adapter's promises for every
 * platform at once: https only, never throws, and results that fit the stored meeting's limits.
 */
export interface AdapterSpec {
  id: Platform;
  /** Match-pattern hosts: 'meet.google.com', or '*.zoom.us' for the domain and its subdomains. */
  hosts: readonly string[];
  /** Match-pattern paths the content script needs; single-page apps need the whole host. */
  paths: readonly string[];
  /** Called only for https URLs on one of `hosts`. */
  isMeetingPage(url: URL): boolean;
  extract(url: URL, title: string): MeetingHints;
}

const EMPTY: MeetingHints = { meetingCode: '', title: '', link: '' };
/** Limits of the stored meeting (schema/meeting.ts): meetingCode 100, title 200, link 2000. */
const LIMITS = { meetingCode: 100, title: 200, link: 2000 };

export function defineAdapter(spec: AdapterSpec): PlatformAdapter {
  const onHost = (url: URL) =>
    url.protocol === 'https:' && spec.hosts.some((host) => hostMatches(host, url.hostname));
  return {
    id: spec.id,
    matches: spec.hosts.flatMap((host) => spec.paths.map((path) => `https://${host}${path}`)),
    isMeetingUrl(url) {
      try {
        return onHost(url) && spec.isMeetingPage(url);
      } catch {
        return false;
      }
    },
    extract({ url, title }) {
      try {
        if (!onHost(url)) return { ...EMPTY };
        const hints = spec.extract(url, typeof title === 'string' ? title : '');
        return {
          meetingCode: hints.meetingCode.slice(0, LIMITS.meetingCode),
          title: hints.title.slice(0, LIMITS.title),
          link: hints.link.length <= LIMITS.link ? hints.link : '',
        };
      } catch {
        return { ...EMPTY };
      }
    },
  };
}
