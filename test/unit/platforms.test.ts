import { describe, expect, it } from 'vitest';
import {
  ALL_MATCH_PATTERNS,
  detectPlatform,
  matchesPattern,
  PLATFORM_ADAPTERS,
} from '../../lib/platforms';
import { PLATFORMS } from '../../lib/schema';

const MEETUP =
  '/l/meetup-join/19%3ameeting_NjBhYzQ5ZTItOGQ1Zi00YjQ3LWE5YzEtZjc0ODQ3OWQ2M2Fh%40thread.v2/0';
const CONTEXT = '%7b%22Tid%22%3a%2272f988bf-86f1-41af%22%2c%22Oid%22%3a%22d2b3a3f2-1c5e%22%7d';
const LAUNCHER =
  '/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fmeetup-join%2F19%3Ameeting_NjBh%40thread.v2%2F0' +
  '%3Fcontext%3D%257b%257d%26anon%3Dtrue&type=meetup-join&deeplinkId=abc&directDl=true';
const MTID = 'MTID=m3b1c2d4e5f60718293a4b5c6d7e8f901';

const POSITIVE: [string, string][] = [
  ['tencent', 'https://meeting.tencent.com/dm/E9PPpvNCArg5'],
  ['tencent', 'https://meeting.tencent.com/dm/AbC1dEf2GhI3?from=singlemessage&isappinstalled=0'],
  ['tencent', 'https://meeting.tencent.com/dw/86R5nx9iKGI5'],
  ['tencent', 'https://meeting.tencent.com/p/7933309962'],
  ['tencent', 'https://meeting.tencent.com/wemeet-webapp/#/join?meeting_code=123456789'],
  ['tencent', 'https://meeting.tencent.com/dw/?meeting_code=375539623'],
  ['tencent', 'https://meeting.tencent.com/dm/?meeting_code=375539623&from=share'],
  ['voov', 'https://voovmeeting.com/dm/FNFbcXJtJA6Y'],
  ['voov', 'https://intl.voovmeeting.com/dm/zQOh5Ivo98pj'],
  ['voov', 'https://voovmeeting.com/p/4157555988'],
  ['voov', 'https://www.voovmeeting.com/dw/Zjc8HaUveNK6'],
  ['meet', 'https://meet.google.com/abc-defg-hij'],
  ['meet', 'https://meet.google.com/abc-defg-hij?authuser=1'],
  ['meet', 'https://meet.google.com/xyz-abcd-pqr?hs=122&pli=1'],
  ['meet', 'https://meet.google.com/lookup/fxbqj3k4zq'],
  ['zoom', 'https://us02web.zoom.us/j/85212345678?pwd=aBcDeFgHiJkLmNoPqRsTuVwXyZ.1'],
  ['zoom', 'https://zoom.us/j/91234567890'],
  ['zoom', 'https://app.zoom.us/wc/85212345678/join?fromPWA=1&pwd=abc'],
  ['zoom', 'https://us05web.zoom.us/wc/join/85212345678'],
  ['zoom', 'https://acme.zoom.us/my/jdoe'],
  ['zoom', 'https://us06web.zoom.us/w/81234567890?tk=abcdef.DQMAAAA'],
  ['teams', `https://teams.microsoft.com${MEETUP}?context=${CONTEXT}`],
  ['teams', 'https://teams.microsoft.com/meet/21234567890123?p=AbCdEfGhIjKlMnOp'],
  ['teams', 'https://teams.live.com/meet/9876543210987?p=xYz123'],
  ['teams', 'https://teams.microsoft.com/v2/'],
  ['teams', 'https://teams.cloud.microsoft/'],
  ['teams', `https://teams.microsoft.com${LAUNCHER}`],
  ['feishu', 'https://vc.feishu.cn/j/414822034'],
  ['feishu', 'https://vc.feishu.cn/j/151322082?from=message'],
  ['feishu', 'https://vc.feishu.cn/j/123456789/'],
  ['feishu', 'https://vc.feishu.cn/j/301234567?source=calendar'],
  ['lark', 'https://vc.larksuite.com/j/414822034'],
  ['lark', 'https://vc.larksuite.com/j/151322082?from=message'],
  ['lark', 'https://vc.larksuite.com/j/987654321'],
  ['lark', 'https://vc.larksuite.com/j/301234567/'],
  ['dingtalk', 'https://meeting.dingtalk.com/j/EQzqQVtJoro'],
  ['dingtalk', 'https://meeting.dingtalk.com/j/cgTTojEI8Zy'],
  ['dingtalk', 'https://meeting.dingtalk.com/j/1COFppy0POR?from=im'],
  ['dingtalk', 'https://meeting.dingtalk.com/j/mblzc4zTBWp'],
  ['webex', 'https://acme.webex.com/meet/jdoe'],
  ['webex', 'https://acme.webex.com/join/jdoe'],
  ['webex', `https://acme.webex.com/acme/j.php?${MTID}`],
  [
    'webex',
    `https://cisco.webex.com/wbxmjs/joinservice/sites/cisco/meeting/download/5f2f1c0e7a8b4d6c?siteurl=cisco&${MTID}`,
  ],
  ['webex', 'https://meetingsamer12.webex.com/meet/pr1234567890'],
  ['jitsi', 'https://meet.jit.si/WeeklyTeamSync'],
  ['jitsi', 'https://meet.jit.si/MyTeamStandup#config.startWithAudioMuted=true'],
  ['jitsi', 'https://meet.jit.si/project-kickoff-2026'],
  ['jitsi', 'https://meet.jit.si/%E4%BA%A7%E5%93%81%E5%91%A8%E4%BC%9A'],
  ['whereby', 'https://whereby.com/team-standup'],
  ['whereby', 'https://whereby.com/jane-doe?embed'],
  ['whereby', 'https://acme.whereby.com/weekly-sync'],
  ['whereby', 'https://whereby.com/design-review-2026?roomKey=abc123'],
];

const NEGATIVE: [string, string][] = [
  ['tencent', 'https://meeting.tencent.com/'],
  ['tencent', 'https://meeting.tencent.com/download/'],
  ['tencent', 'https://meeting.tencent.com/dw/'],
  ['tencent', 'https://meeting.tencent.com/dw/?meeting_code=abc'],
  ['tencent', 'https://meeting.tencent.com/support/topic/2192/index.html'],
  ['tencent', 'https://meeting.tencent.com/crm/2BWn64Op68'],
  ['tencent', 'https://meeting.tencent.com/l/QtJPhKlCxBvj'],
  ['tencent', 'https://meeting.tencent.com.evil.example/dm/E9PPpvNCArg5'],
  ['tencent', 'http://meeting.tencent.com/dm/E9PPpvNCArg5'],
  ['voov', 'https://voovmeeting.com/'],
  ['voov', 'https://voovmeeting.com/download-center.html'],
  ['voov', 'https://notvoovmeeting.com/dm/FNFbcXJtJA6Y'],
  ['voov', 'http://voovmeeting.com/dm/FNFbcXJtJA6Y'],
  ['meet', 'https://meet.google.com/'],
  ['meet', 'https://meet.google.com/landing'],
  ['meet', 'https://meet.google.com/new'],
  ['meet', 'https://meet.google.com/abc-defg-hijk'],
  ['meet', 'https://meet.google.com.evil.example/abc-defg-hij'],
  ['meet', 'http://meet.google.com/abc-defg-hij'],
  ['meet', 'https://workspace.google.com/products/meet/'],
  ['zoom', 'https://zoom.us/'],
  ['zoom', 'https://zoom.us/signin'],
  ['zoom', 'https://zoom.us/pricing'],
  ['zoom', 'https://app.zoom.us/wc/home'],
  ['zoom', 'https://notzoom.us/j/85212345678'],
  ['zoom', 'https://zoom.us.evil.example/j/85212345678'],
  ['zoom', 'http://zoom.us/j/85212345678'],
  ['teams', 'https://www.microsoft.com/en-us/microsoft-teams/group-chat-software'],
  ['teams', 'https://teams.microsoft.com/l/chat/0/0?users=jane@contoso.com'],
  ['teams', 'https://teams.microsoft.com/l/channel/19%3aabc%40thread.tacv2/General?groupId=1'],
  ['teams', `https://teams.microsoft.com.evil.example${MEETUP}`],
  ['teams', 'http://teams.microsoft.com/v2/'],
  ['teams', 'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F_%23%2Fl%2Fchat%2F0%2F0'],
  [
    'teams',
    'https://teams.microsoft.com/dl/launcher/launcher.html?url=%2F%2Fevil.example' + MEETUP,
  ],
  ['feishu', 'https://vc.feishu.cn/'],
  ['feishu', 'https://www.feishu.cn/'],
  ['feishu', 'https://www.feishu.cn/product/vc'],
  ['feishu', 'https://vc.feishu.cn.evil.example/j/414822034'],
  ['lark', 'https://vc.larksuite.com/'],
  ['lark', 'https://www.larksuite.com/en_us/product/video-conferencing'],
  ['lark', 'http://vc.larksuite.com/j/414822034'],
  ['lark', 'https://vc.larksuite.com/j/'],
  ['dingtalk', 'https://www.dingtalk.com/'],
  ['dingtalk', 'https://meeting.dingtalk.com/'],
  ['dingtalk', 'https://www.dingtalk.com/j/EQzqQVtJoro'],
  ['dingtalk', 'https://meeting.dingtalk.com.evil.example/j/EQzqQVtJoro'],
  ['webex', 'https://www.webex.com/'],
  ['webex', 'https://www.webex.com/pricing/index.html'],
  ['webex', 'https://help.webex.com/en-us/article/nqj88pm/Join-a-meeting'],
  ['webex', 'https://acme.webex.com/acme/j.php'],
  ['webex', 'https://webex.com.evil.example/meet/jdoe'],
  ['jitsi', 'https://meet.jit.si/'],
  ['jitsi', 'https://meet.jit.si/static/close.html'],
  ['jitsi', 'https://meet.jit.si/libs/app.bundle.min.js'],
  ['jitsi', 'https://meet.jit.si/config.js'],
  ['jitsi', 'https://meet.jit.si/http-bind'],
  ['jitsi', 'http://meet.jit.si/WeeklyTeamSync'],
  ['whereby', 'https://whereby.com/'],
  ['whereby', 'https://whereby.com/information/pricing/'],
  ['whereby', 'https://whereby.com/user'],
  ['whereby', 'https://whereby.com/pricing'],
  ['whereby', 'https://whereby.com/login'],
  ['whereby', 'https://docs.whereby.com/whereby-101'],
  ['whereby', 'https://notwhereby.com/team-standup'],
];

describe('detectPlatform', () => {
  it.each(POSITIVE)('%s: %s is a meeting page', (id, url) => {
    expect(detectPlatform(url)?.id).toBe(id);
    expect(detectPlatform(new URL(url))?.id).toBe(id);
    expect(PLATFORM_ADAPTERS.filter((a) => a.isMeetingUrl(new URL(url))).map((a) => a.id)).toEqual([
      id,
    ]);
  });

  it.each(NEGATIVE)('%s: %s is not a meeting page', (_id, url) => {
    expect(detectPlatform(url)).toBeNull();
  });

  it.each([
    '',
    '   ',
    'javascript:alert(1)',
    'not a url',
    'https://',
    'meet.google.com/abc-defg-hij',
    'data:text/html,<script>alert(1)</script>',
    'file:///etc/passwd',
    `https://meet.google.com/abc-defg-hij?x=${'a'.repeat(10_000)}`,
    `https://zoom.us/j/${'9'.repeat(100_000)}`,
    'https://meet.google.com/%E0%A4%A',
    'https://meet.jit.si/%E0%A4%A',
  ])('returns null for %j without throwing', (input) => {
    expect(() => detectPlatform(input)).not.toThrow();
    expect(detectPlatform(input)).toBeNull();
  });

  it('has exactly one adapter for every platform but "other"', () => {
    expect(PLATFORM_ADAPTERS.map((a) => a.id)).toEqual(PLATFORMS.filter((p) => p !== 'other'));
  });
});

const hints = (meetingCode: string, title: string, link: string) => ({ meetingCode, title, link });

describe('extract', () => {
  it.each([
    [
      'https://meeting.tencent.com/dm/AbC1dEf2GhI3?from=singlemessage&isappinstalled=0',
      '产品周会 - 腾讯会议',
      hints('', '产品周会', 'https://meeting.tencent.com/dm/AbC1dEf2GhI3'),
    ],
    [
      'https://meeting.tencent.com/dm/E9PPpvNCArg5',
      '张三预定的会议 | 会议号：123 456 789 - 腾讯会议',
      hints('123456789', '张三预定的会议', 'https://meeting.tencent.com/dm/E9PPpvNCArg5'),
    ],
    [
      'https://meeting.tencent.com/p/7933309962?rs=25',
      '阮喵喵的个人会议室 - 腾讯会议',
      hints('7933309962', '阮喵喵的个人会议室', 'https://meeting.tencent.com/p/7933309962'),
    ],
    [
      'https://meeting.tencent.com/wemeet-webapp/#/join?meeting_code=123456789',
      '腾讯会议',
      hints('123456789', '', ''),
    ],
    [
      'https://meeting.tencent.com/dw/?meeting_code=375539623&from=singlemessage',
      '腾讯会议网页版',
      hints('375539623', '', 'https://meeting.tencent.com/dw/?meeting_code=375539623'),
    ],
    [
      'https://meeting.tencent.com/dw/?meeting_code=375539623',
      '腾讯会议',
      hints('375539623', '', 'https://meeting.tencent.com/dw/?meeting_code=375539623'),
    ],
    [
      'https://meeting.tencent.com/dm/E9PPpvNCArg5',
      '腾讯会议网页版',
      hints('', '', 'https://meeting.tencent.com/dm/E9PPpvNCArg5'),
    ],
    [
      'https://meeting.tencent.com/dm/E9PPpvNCArg5',
      '腾讯会议 网页版 - 加入会议',
      hints('', '', 'https://meeting.tencent.com/dm/E9PPpvNCArg5'),
    ],
    [
      'https://meeting.tencent.com/dm/E9PPpvNCArg5',
      '腾讯会议周会 - 腾讯会议',
      hints('', '腾讯会议周会', 'https://meeting.tencent.com/dm/E9PPpvNCArg5'),
    ],
    [
      'https://intl.voovmeeting.com/dm/zQOh5Ivo98pj',
      'Weekly Sync (Meeting ID: 440-058-193) - VooV Meeting',
      hints('440058193', 'Weekly Sync', 'https://intl.voovmeeting.com/dm/zQOh5Ivo98pj'),
    ],
    [
      'https://meet.google.com/abc-defg-hij?authuser=1&hs=122',
      'Meet - abc-defg-hij',
      hints('abc-defg-hij', '', 'https://meet.google.com/abc-defg-hij'),
    ],
    [
      'https://meet.google.com/abc-defg-hij',
      'Meet – Q3 roadmap review',
      hints('abc-defg-hij', 'Q3 roadmap review', 'https://meet.google.com/abc-defg-hij'),
    ],
    [
      'https://meet.google.com/lookup/fxbqj3k4zq?authuser=0',
      'Google Meet',
      hints('', '', 'https://meet.google.com/lookup/fxbqj3k4zq'),
    ],
    [
      'https://us02web.zoom.us/j/85212345678?pwd=abc.1&uname=Jane&_x_zm_rtaid=xyz',
      'Launch Meeting - Zoom',
      hints('85212345678', '', 'https://us02web.zoom.us/j/85212345678?pwd=abc.1'),
    ],
    [
      'https://app.zoom.us/wc/85212345678/join?fromPWA=1&pwd=abc',
      'Q3 planning - Zoom',
      hints('85212345678', 'Q3 planning', 'https://app.zoom.us/wc/85212345678/join?pwd=abc'),
    ],
    [
      'https://us02web.zoom.us/s/85212345678?zak=secret',
      'Zoom',
      hints('85212345678', '', 'https://us02web.zoom.us/j/85212345678'),
    ],
    [
      `https://teams.microsoft.com${MEETUP}?context=${CONTEXT}&anon=true&utm_source=mail`,
      'Weekly sync | Microsoft Teams',
      hints(
        '',
        'Weekly sync',
        `https://teams.microsoft.com${MEETUP}?context=${encodeURIComponent(decodeURIComponent(CONTEXT))}`,
      ),
    ],
    [
      'https://teams.microsoft.com/meet/21234567890123?p=AbCd&utm_source=x',
      'Join conversation',
      hints('21234567890123', '', 'https://teams.microsoft.com/meet/21234567890123?p=AbCd'),
    ],
    ['https://teams.microsoft.com/v2/', '(2) Chat | Jane Doe | Microsoft Teams', hints('', '', '')],
    ['https://teams.microsoft.com/v2/', '日历 | 日历 | Microsoft Teams', hints('', '', '')],
    [
      `https://teams.microsoft.com${LAUNCHER}`,
      'Join conversation',
      hints(
        '',
        '',
        'https://teams.microsoft.com/l/meetup-join/19:meeting_NjBh@thread.v2/0?context=%7B%7D',
      ),
    ],
    [
      'https://vc.feishu.cn/j/414822034?from=message',
      '项目周会 - 飞书会议',
      hints('414822034', '项目周会', 'https://vc.feishu.cn/j/414822034'),
    ],
    [
      'https://vc.larksuite.com/j/414822034/',
      'Lark Meetings',
      hints('414822034', '', 'https://vc.larksuite.com/j/414822034'),
    ],
    [
      'https://meeting.dingtalk.com/j/EQzqQVtJoro?from=im',
      '项目评审 | 入会口令：909 575 00367 - 钉钉会议',
      hints('90957500367', '项目评审', 'https://meeting.dingtalk.com/j/EQzqQVtJoro'),
    ],
    [
      `https://acme.webex.com/acme/j.php?${MTID}&from_login=true`,
      'Design review - Webex',
      hints('', 'Design review', `https://acme.webex.com/acme/j.php?${MTID}`),
    ],
    [
      'https://acme.webex.com/meet/jdoe?launchApp=true',
      'Meeting number: 2634 123 4567 | Cisco Webex Meetings',
      hints('26341234567', '', 'https://acme.webex.com/meet/jdoe'),
    ],
    [
      'https://meet.jit.si/MyTeamStandup?lang=en#config.startWithAudioMuted=true',
      'MyTeamStandup | Jitsi Meet',
      hints('MyTeamStandup', '', 'https://meet.jit.si/MyTeamStandup'),
    ],
    [
      'https://meet.jit.si/%E4%BA%A7%E5%93%81%E5%91%A8%E4%BC%9A',
      '产品周会 | Jitsi Meet',
      hints('产品周会', '', 'https://meet.jit.si/%E4%BA%A7%E5%93%81%E5%91%A8%E4%BC%9A'),
    ],
    [
      'https://whereby.com/Design-Review?roomKey=secret&embed',
      'Whereby',
      hints('design-review', '', 'https://whereby.com/design-review'),
    ],
  ])('%s with title %j', (url, title, expected) => {
    expect(detectPlatform(url)?.extract({ url: new URL(url), title })).toEqual(expected);
  });

  it('reads nothing from another site, and bounds what it reads', () => {
    const [tencent, , meet] = PLATFORM_ADAPTERS;
    const evil = new URL('https://meeting.tencent.com.evil.example/p/7933309962');
    expect(tencent?.extract({ url: evil, title: '周会 - 腾讯会议' })).toEqual(hints('', '', ''));
    const url = new URL('https://meet.google.com/abc-defg-hij');
    const long = meet?.extract({ url, title: `Meet - ${'长'.repeat(100_000)}` });
    expect(long?.title.length).toBe(200);
    expect(meet?.extract({ url, title: undefined as unknown as string }).title).toBe('');
  });
});

describe('match patterns', () => {
  it.each([
    ['https://*/*', 'https://www.google.com/', true],
    ['https://*.google.com/foo*bar', 'https://docs.google.com/foobar', true],
    ['https://*.google.com/foo*bar', 'https://www.google.com/foo/baz/bar', true],
    ['https://*.zoom.us/j/*', 'https://zoom.us/j/85212345678', true],
    ['https://*.zoom.us/j/*', 'https://notzoom.us/j/85212345678', false],
    ['https://*.webex.com/*/j.php*', `https://acme.webex.com/acme/j.php?${MTID}`, true],
    ['https://example.org/foo/bar.html', 'https://example.org/foo/bar.html#top', true],
    ['https://example.org/foo/bar.html', 'https://example.org/foo/bar.html?x=1', false],
    ['*://mail.google.com/*', 'http://mail.google.com/mail', true],
    ['*://mail.google.com/*', 'ftp://mail.google.com/mail', false],
    ['https://meet.google.com/*', 'http://meet.google.com/abc-defg-hij', false],
    ['<all_urls>', 'https://example.org/', true],
    ['not a pattern', 'https://example.org/', false],
    ['https://example.org/*', 'javascript:alert(1)', false],
  ])('%s against %s → %s', (pattern, url, expected) => {
    expect(matchesPattern(pattern, url)).toBe(expected);
  });

  it.each(POSITIVE)("%s: %s is reached by the adapter's own patterns", (id, url) => {
    const adapter = PLATFORM_ADAPTERS.find((a) => a.id === id);
    expect(adapter?.matches.some((pattern) => matchesPattern(pattern, url))).toBe(true);
    expect(ALL_MATCH_PATTERNS.some((pattern) => matchesPattern(pattern, url))).toBe(true);
  });

  it('are specific https patterns, listed once, never everything', () => {
    expect(ALL_MATCH_PATTERNS).not.toContain('<all_urls>');
    expect(new Set(ALL_MATCH_PATTERNS).size).toBe(ALL_MATCH_PATTERNS.length);
    for (const pattern of ALL_MATCH_PATTERNS) {
      expect(pattern).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\S*$/);
      expect(matchesPattern(pattern, 'https://unrelated.example/')).toBe(false);
    }
  });
});
