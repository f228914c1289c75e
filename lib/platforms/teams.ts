import { defineAdapter } from './define';
import { cleanTitle, codeInText } from './title';
import { joinLink } from './url';

/**
 * Microsoft Teams on teams.microsoft.com (work), teams.live.com (free) and teams.cloud.microsoft
 * (the new domain). Meeting links are `/l/meetup-join/<thread>/0?context=…` (joining needs
 * `context`), `/meet/<id>?p=<passcode>`, and the launcher page `/dl/launcher/launcher.html?
 * url=…meetup-join…` that asks "open the app or continue in this browser".
 *
 * Teams v2 is one single-page app that keeps `/v2/` (or `/`) in the address bar through chats,
 * calendars and entire calls, so the URL alone cannot tell a call: the app root counts as a
 * meeting page here, and the content script decides from the page itself whether a call is on.
 * Pages outside the app (www.microsoft.com/microsoft-teams/…) and chat/channel links are not.
 */
const MEETUP = /^\/l\/meetup-join\/[^/]+\/[^/]+\/?$/;
const MEET_ID = /^\/meet\/(\d{9,20})\/?$/;
const APP_ROOT = /^\/(?:v2\/?)?$/;
const LAUNCHER = '/dl/launcher/launcher.html';

const RULES = {
  brands: ['Microsoft Teams', 'Microsoft Teams (work or school)', 'Microsoft Teams (free)'],
  generic: ['Join conversation', '加入对话', 'Meeting', '会议', 'Meet now', '立即开会'],
  sections: [
    ...['Chat', 'Activity', 'Calendar', 'Teams', 'Calls', 'Files', 'Apps', 'OneDrive'],
    ...['聊天', '活动', '日历', '团队', '通话', '文件', '应用'],
  ],
};

/** The meetup-join link the launcher page carries in `url` ('/_#/l/meetup-join/…'), if any. */
function launcherTarget(url: URL): URL | null {
  if (url.pathname !== LAUNCHER) return null;
  const inner = (url.searchParams.get('url') ?? '').replace(/^\/_#/, '');
  if (!inner.startsWith('/')) return null;
  const target = new URL(inner, url.origin);
  // '//evil.example/…' is a valid relative URL too: only a link back to this host counts.
  return target.origin === url.origin && MEETUP.test(target.pathname) ? target : null;
}

export const teams = defineAdapter({
  id: 'teams',
  hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.cloud.microsoft'],
  paths: ['/*'],
  isMeetingPage: (url) =>
    MEETUP.test(url.pathname) ||
    MEET_ID.test(url.pathname) ||
    APP_ROOT.test(url.pathname) ||
    launcherTarget(url) !== null,
  extract(url, rawTitle) {
    const meetingCode = MEET_ID.exec(url.pathname)?.[1] ?? codeInText(rawTitle);
    const target = launcherTarget(url) ?? url;
    const link = MEETUP.test(target.pathname)
      ? joinLink(target, ['context'])
      : MEET_ID.test(url.pathname)
        ? joinLink(url, ['p'])
        : '';
    return { meetingCode, title: cleanTitle(rawTitle, RULES, meetingCode), link };
  },
});
