import { defineAdapter } from './define';
import { cleanTitle, codeInText } from './title';
import { joinLink } from './url';

/**
 * Zoom. Meeting pages on zoom.us and its account subdomains (us02web.zoom.us, acme.zoom.us,
 * app.zoom.us):
 * - `/j/<id>` join and `/s/<id>` start links, `/w/<id>` webinar links: the launcher page that
 *   offers the app or the browser; it carries the meeting ID, so it counts as a meeting page;
 * - `/my/<name>` personal links (a name, not an ID);
 * - the web client `/wc/<id>/join`, `/wc/<id>/start` and the older `/wc/join/<id>`.
 * `/wc/home` (the Workplace web app), `/wc/leave`, `/signin`, `/pricing` and the home page are not.
 * The join link keeps `pwd` (the embedded passcode) and `tk` (webinar registration token).
 */
const ID = '(\\d{9,11})';
const LAUNCHER = new RegExp(`^/[jsw]/${ID}/?$`);
const WEB_CLIENT = new RegExp(`^/wc/(?:join/${ID}|${ID}/(?:join|start))/?$`);
const PERSONAL = /^\/my\/[\w.-]{1,64}\/?$/;

const RULES = {
  brands: ['Zoom', 'Zoom Meeting', 'Zoom Meetings', 'Zoom Workplace', 'Zoom Webinar'],
  generic: ['Launch Meeting', 'Join Meeting', 'Meeting', 'Web Client', '启动会议', '加入会议'],
};

export const zoom = defineAdapter({
  id: 'zoom',
  hosts: ['*.zoom.us'],
  paths: ['/j/*', '/s/*', '/w/*', '/my/*', '/wc/*'],
  isMeetingPage: ({ pathname }) =>
    LAUNCHER.test(pathname) || WEB_CLIENT.test(pathname) || PERSONAL.test(pathname),
  extract(url, rawTitle) {
    const { pathname } = url;
    const launcher = LAUNCHER.exec(pathname);
    const client = WEB_CLIENT.exec(pathname);
    const fromPath = launcher?.[1] ?? client?.[1] ?? client?.[2] ?? '';
    const meetingCode = fromPath || codeInText(rawTitle);
    const isMeeting = launcher || client || PERSONAL.test(pathname);
    // A start link is the host's; the same meeting's join link is what others can use.
    const path = pathname.startsWith('/s/') ? `/j/${fromPath}` : pathname;
    const link = isMeeting ? joinLink(url, ['pwd', 'tk'], path) : '';
    return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
  },
});
