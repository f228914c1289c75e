import { defineAdapter } from './define';
import { cleanTitle, codeInText } from './title';
import { joinLink } from './url';

/**
 * DingTalk meetings (钉钉会议). Invitations link to meeting.dingtalk.com/j/<token>; the token
 * (e.g. 'EQzqQVtJoro') is not the numeric meeting ID people type, so the code comes only from
 * the page title when it shows one. www.dingtalk.com and the meeting host's home are not meetings.
 */
const JOIN = /^\/j\/[\w-]{6,64}\/?$/;

const RULES = {
  brands: ['钉钉会议', '钉钉视频会议', '钉钉', 'DingTalk Meetings', 'DingTalk Meeting', 'DingTalk'],
  generic: ['视频会议', '加入会议', 'Join Meeting'],
};

export const dingtalk = defineAdapter({
  id: 'dingtalk',
  hosts: ['meeting.dingtalk.com'],
  paths: ['/j/*'],
  isMeetingPage: (url) => JOIN.test(url.pathname),
  extract(url, rawTitle) {
    const meetingCode = codeInText(rawTitle);
    const link = JOIN.test(url.pathname) ? joinLink(url, [], url.pathname.replace(/\/$/, '')) : '';
    return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
  },
});
