import type { Platform } from '../schema';
import { defineAdapter } from './define';
import { cleanTitle, codeInText } from './title';
import { hashParams, joinLink } from './url';

/**
 * Tencent Meeting (腾讯会议) and its international edition VooV Meeting share one site layout:
 * - `/dm/<token>` meeting invites and `/dw/<token>` webinar invites (the token is not the
 *   9-digit code people type, so the code comes from the page title or the web client's query);
 * - `/dw/?meeting_code=<code>` (and `/dm/?meeting_code=`), the join-in-the-browser link: no
 *   token, the code in the query, kept in the join link;
 * - `/p/<10 digits>` personal meeting rooms (the digits are the personal meeting ID);
 * - `/wemeet-webapp/…` the in-browser client, a hash-routed single-page app.
 * Everything else is not a meeting: the home page, `/download`, `/support`, pricing, the user
 * centre, `/crm/` and `/cw/` recording playback, and `/l/` live-stream viewing pages.
 */
const MEETING_PATH = /^\/(?:(?:dm|dw)\/[\w-]{6,64}|p\/\d{9,12}|wemeet-webapp(?:\/.*)?)\/?$/;
/** `/dw/?meeting_code=…`: a meeting page only with a code in its query. */
const CODE_QUERY_PATH = /^\/d[mw]\/?$/;
/** Personal rooms carry their ID; a few invites carry the code itself ('/dw/375-539-623'). */
const CODE_IN_PATH = /^\/(?:p\/(\d{9,12})|d[mw]\/(\d{3}-\d{3}-\d{3,4}))\/?$/;

const RULES = {
  brands: ['腾讯会议', 'Tencent Meeting', 'TencentMeeting', 'VooV Meeting', 'VooV'],
  generic: ['网页版', 'Web', '加入会议', 'Join Meeting', '会议详情', 'Meeting Details'],
};

function codeInQuery(url: URL): string {
  for (const query of [url.searchParams, hashParams(url)]) {
    const code = (query.get('meeting_code') ?? query.get('meetingCode') ?? '').replace(/\D/g, '');
    if (/^\d{9,12}$/.test(code)) return code;
  }
  return '';
}

function codeFromUrl(url: URL): string {
  const inPath = CODE_IN_PATH.exec(url.pathname);
  if (inPath) return (inPath[1] ?? inPath[2] ?? '').replace(/\D/g, '');
  return codeInQuery(url);
}

const byCode = (url: URL) => CODE_QUERY_PATH.test(url.pathname) && codeInQuery(url) !== '';

function tencentLike(id: Platform, host: string) {
  return defineAdapter({
    id,
    hosts: [host],
    paths: ['/dm/*', '/dw/*', '/p/*', '/wemeet-webapp*'],
    isMeetingPage: (url) => MEETING_PATH.test(url.pathname) || byCode(url),
    extract(url, rawTitle) {
      const meetingCode = codeFromUrl(url) || codeInText(rawTitle);
      const inApp = url.pathname.startsWith('/wemeet-webapp');
      const link = byCode(url)
        ? joinLink(url, ['meeting_code'])
        : MEETING_PATH.test(url.pathname) && !inApp
          ? joinLink(url)
          : '';
      return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
    },
  });
}

export const tencent = tencentLike('tencent', 'meeting.tencent.com');
/** voovmeeting.com and its regional hosts (intl.voovmeeting.com). */
export const voov = tencentLike('voov', '*.voovmeeting.com');
