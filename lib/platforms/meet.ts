import { defineAdapter } from './define';
import { cleanTitle } from './title';
import { joinLink } from './url';

/**
 * Google Meet. A meeting is `/<abc-defg-hij>` (three-four-three lowercase letters) or a
 * `/lookup/<name>` link from a calendar or a nickname. The launcher (`/`), `/landing`, `/new`
 * (which redirects to a fresh code) and the rest of the site are not meetings. Meet moves from
 * the landing page to a call without a page load, so the content script runs on the whole host
 * and decides from the URL as it changes. The tab title is 'Meet - <code>' or, for a calendar
 * event, 'Meet – <event title>'.
 */
const CODE = /^\/([a-z]{3}-[a-z]{4}-[a-z]{3})\/?$/;
const LOOKUP = /^\/lookup\/[\w-]{1,100}\/?$/;

const RULES = { brands: ['Google Meet', 'Meet'] };

export const meet = defineAdapter({
  id: 'meet',
  hosts: ['meet.google.com'],
  paths: ['/*'],
  isMeetingPage: (url) => CODE.test(url.pathname) || LOOKUP.test(url.pathname),
  extract(url, rawTitle) {
    const meetingCode = CODE.exec(url.pathname)?.[1] ?? '';
    const path = meetingCode ? `/${meetingCode}` : url.pathname.replace(/\/$/, '');
    const link = meetingCode || LOOKUP.test(url.pathname) ? joinLink(url, [], path) : '';
    return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
  },
});
