import { defineAdapter } from './define';
import { cleanTitle } from './title';
import { joinLink } from './url';

/**
 * Whereby: rooms are whereby.com/<room-name>, or <team>.whereby.com/<room-name> for business
 * accounts, so the room name is the meeting code. The site's own pages share that one-segment
 * shape, so they are listed (`/user`, `/login`, `/pricing`, `/information/…` and a few more); a
 * page missing from the list would be taken for a room, which only costs an idle content script.
 * The join link drops the query: `roomKey` is the host's secret, the rest are display options.
 */
const ROOM = /^\/([a-z0-9][a-z0-9-]{0,99})\/?$/i;
const SITE_PAGES = new Set([
  ...['information', 'user', 'login', 'signin', 'signup', 'logout', 'pricing', 'org', 'orgs'],
  ...['embed', 'api', 'download', 'downloads', 'apps', 'privacy', 'terms', 'about'],
  ...['blog', 'support', 'help', 'developers', 'business', 'features', 'careers', 'hub'],
]);
const NON_ROOM_HOSTS = new Set(['www', 'docs', 'blog', 'help', 'api', 'status', 'dev', 'embed']);

function roomName(url: URL): string {
  const subdomain = url.hostname === 'whereby.com' ? '' : (url.hostname.split('.')[0] ?? '');
  if (NON_ROOM_HOSTS.has(subdomain)) return '';
  const room = ROOM.exec(url.pathname)?.[1]?.toLowerCase() ?? '';
  return SITE_PAGES.has(room) ? '' : room;
}

export const whereby = defineAdapter({
  id: 'whereby',
  hosts: ['*.whereby.com'],
  paths: ['/*'],
  isMeetingPage: (url) => roomName(url) !== '',
  extract(url, rawTitle) {
    const meetingCode = roomName(url);
    const link = meetingCode ? joinLink(url, [], `/${meetingCode}`) : '';
    const title = cleanTitle(rawTitle, { brands: ['Whereby'] }, meetingCode);
    return { meetingCode, title, link };
  },
});
