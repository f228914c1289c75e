import { defineAdapter } from './define';
import { cleanTitle } from './title';
import { joinLink, safeDecode } from './url';

/**
 * Jitsi Meet on meet.jit.si: any single path segment is a room ('/WeeklyTeamSync'), created on
 * first visit, so the room name is the meeting code. The home page and the site's own files
 * (`/static/…`, `/libs/…`, `/config.js`, `/http-bind`…) are not rooms. The fragment carries
 * per-user config overrides (`#config.startWithAudioMuted=true`) and is dropped from the link.
 * Self-hosted Jitsi servers live on any domain and cannot be listed here.
 */
const ROOM = /^\/([^/.]{1,200})\/?$/;
const RESERVED = new Set([
  ...['static', 'libs', 'css', 'images', 'sounds', 'fonts', 'lang', 'connection_optimization'],
  ...['http-bind', 'xmpp-websocket', 'colibri-ws', 'conference-request', 'room-census'],
]);

function roomName(url: URL): string {
  const segment = ROOM.exec(url.pathname)?.[1];
  if (!segment || RESERVED.has(segment.toLowerCase())) return '';
  return safeDecode(segment).trim();
}

export const jitsi = defineAdapter({
  id: 'jitsi',
  hosts: ['meet.jit.si'],
  paths: ['/*'],
  isMeetingPage: (url) => roomName(url) !== '',
  extract(url, rawTitle) {
    const meetingCode = roomName(url);
    const link = meetingCode ? joinLink(url, [], url.pathname.replace(/\/$/, '')) : '';
    const title = cleanTitle(rawTitle, { brands: ['Jitsi Meet', 'Jitsi'] }, meetingCode);
    return { meetingCode, title, link };
  },
});
