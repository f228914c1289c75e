import { defineAdapter } from './define';
import { cleanTitle, codeInText } from './title';
import { joinLink } from './url';

/**
 * Webex, on each customer's site (<site>.webex.com). Meeting pages:
 * - `/meet/<name>` and `/join/<name>` personal rooms;
 * - `/<site>/j.php?MTID=<id>` scheduled-meeting links (joining needs `MTID`);
 * - `/wbxmjs/joinservice/sites/<site>/meeting/download/<id>?siteurl=…&MTID=…`, where the
 *   links above land to offer the app or the browser.
 * www.webex.com (home, `/pricing`, downloads) and help.webex.com are product pages. The meeting
 * number is not in these URLs, so the code comes from the page title when it shows one.
 */
const ROOM = /^\/(?:meet|join)\/[\w.-]{1,64}\/?$/;
const JPHP = /^\/[\w.-]{1,64}\/j\.php$/;
const JOIN_SERVICE =
  /^\/wbxmjs\/joinservice\/sites\/[\w.-]{1,64}\/meeting\/download\/[\w-]{1,64}\/?$/;
const PRODUCT_HOSTS = ['www.webex.com', 'help.webex.com', 'blog.webex.com'];

const RULES = {
  brands: ['Cisco Webex Meetings', 'Webex Meetings', 'Cisco Webex', 'Webex'],
  generic: ['Join meeting', 'Meeting', 'Start meeting', '加入会议'],
};

function meetingKind(url: URL): 'room' | 'mtid' | 'service' | null {
  if (PRODUCT_HOSTS.includes(url.hostname)) return null;
  if (ROOM.test(url.pathname)) return 'room';
  if (JPHP.test(url.pathname) && url.searchParams.get('MTID')) return 'mtid';
  return JOIN_SERVICE.test(url.pathname) ? 'service' : null;
}

export const webex = defineAdapter({
  id: 'webex',
  hosts: ['*.webex.com'],
  paths: ['/meet/*', '/join/*', '/*/j.php*', '/wbxmjs/joinservice/*'],
  isMeetingPage: (url) => meetingKind(url) !== null,
  extract(url, rawTitle) {
    const kind = meetingKind(url);
    const keep = kind === 'mtid' ? ['MTID'] : kind === 'service' ? ['siteurl', 'MTID'] : [];
    const link = kind ? joinLink(url, keep) : '';
    const meetingCode = codeInText(rawTitle);
    return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
  },
});
