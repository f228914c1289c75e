import type { Platform } from '../schema';
import { defineAdapter } from './define';
import { cleanTitle } from './title';
import { joinLink } from './url';

/**
 * Feishu (飞书, vc.feishu.cn) and its international edition Lark (vc.larksuite.com) share the
 * meeting site: `/j/<meeting number>` is the join page, and the number is the 9-digit meeting ID
 * people type. The rest of the vc host (its home page) and the product sites (www.feishu.cn,
 * www.larksuite.com) are not meetings.
 */
const JOIN = /^\/j\/(\d{6,12})\/?$/;

const RULES = {
  brands: [
    '飞书会议',
    '飞书视频会议',
    '飞书',
    'Feishu Meetings',
    'Feishu',
    'Lark Meetings',
    'Lark',
  ],
  generic: ['视频会议', '加入会议', 'Video Meeting', 'Join Meeting'],
};

function feishuLike(id: Platform, host: string) {
  return defineAdapter({
    id,
    hosts: [host],
    paths: ['/j/*'],
    isMeetingPage: (url) => JOIN.test(url.pathname),
    extract(url, rawTitle) {
      const meetingCode = JOIN.exec(url.pathname)?.[1] ?? '';
      const link = meetingCode ? joinLink(url, [], `/j/${meetingCode}`) : '';
      return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
    },
  });
}

export const feishu = feishuLike('feishu', 'vc.feishu.cn');
export const lark = feishuLike('lark', 'vc.larksuite.com');
