/**
 * Each platform's body for a part of a message (a title and the blocks that fit), and the plain
 * text preview of it. Mentions as each platform documents them (lib/robots/mentions.ts).
 */
import type { Locale } from '../../i18n';
import type { RobotPlatform } from '../types';
import { mentionsIn, type Block, type Content, type Inline } from './content';

/**
 * User text in DingTalk's and WeCom's markdown subsets stays text: angle brackets become their
 * full-width forms (no <font> tag, no <@userid> mention can be typed in), and a paragraph that
 * would open a heading, quote or list starts with a full-width space. Other characters are left
 * as typed: neither platform documents backslash escapes, and a stray backslash in every
 * "Q3_目标" would read worse than the rare emphasis it prevents.
 */
const md = (s: string) =>
  s
    .replace(/</g, '＜')
    .replace(/>/g, '＞')
    .replace(/^(?=[#>*+-]|\d+\.)/, '\u3000');

function mdInline(p: Inline, platform: 'dingtalk' | 'wecom'): string {
  if (typeof p === 'string') return md(p);
  const m = p.mention;
  if (platform === 'dingtalk') {
    // DingTalk shows the mention only where the text holds "@<mobile>" / "@<userid>".
    if (m.mobile) return `@${m.mobile}`;
    if (m.userId) return `@${m.userId}`;
    return `@${md(m.name)}`;
  }
  return m.userId ? `<@${m.userId}>` : `@${md(m.name)}`;
}

function mdBlock(b: Block, platform: 'dingtalk' | 'wecom'): string {
  if (b.t === 'h') return `### ${md(b.text)}`;
  const text = b.parts.map((p) => mdInline(p, platform)).join('');
  if (b.t === 'li') return `${b.n !== undefined ? `${b.n}.` : '-'} ${text}`;
  return text;
}

export function markdownText(c: Content, platform: 'dingtalk' | 'wecom'): string {
  return [`## ${md(c.title)}`, ...c.blocks.map((b) => mdBlock(b, platform))].join('\n\n');
}

export function dingtalkBody(c: Content): Record<string, unknown> {
  const mentions = mentionsIn(c.blocks);
  const atMobiles = mentions.flatMap((m) => (m.mobile ? [m.mobile] : []));
  const atUserIds = mentions.flatMap((m) => (!m.mobile && m.userId ? [m.userId] : []));
  return {
    msgtype: 'markdown',
    markdown: { title: c.title, text: markdownText(c, 'dingtalk') },
    at: { atMobiles, atUserIds, isAtAll: false },
  };
}

type PostTag =
  | { tag: 'text'; text: string; style?: string[] }
  | { tag: 'at'; user_id: string; user_name: string };

function postLine(b: Block): PostTag[] {
  if (b.t === 'h') return [{ tag: 'text', text: `【${b.text}】`, style: ['bold'] }];
  const tags: PostTag[] =
    b.t === 'li' ? [{ tag: 'text', text: b.n !== undefined ? `${b.n}. ` : '• ' }] : [];
  for (const p of b.parts) {
    if (typeof p === 'string') tags.push({ tag: 'text', text: p });
    else if (p.mention.userId)
      tags.push({ tag: 'at', user_id: p.mention.userId, user_name: p.mention.name });
    else tags.push({ tag: 'text', text: `@${p.mention.name}` });
  }
  // Adjacent text runs as one: fewer tags, the same text.
  return tags.reduce<PostTag[]>((out, t) => {
    const last = out[out.length - 1];
    if (t.tag === 'text' && !t.style && last?.tag === 'text' && !last.style) last.text += t.text;
    else out.push(t.tag === 'text' ? { ...t } : t);
    return out;
  }, []);
}

export function feishuBody(c: Content, locale: Locale): Record<string, unknown> {
  const lang = locale === 'zh-CN' ? 'zh_cn' : 'en_us';
  return {
    msg_type: 'post',
    content: { post: { [lang]: { title: c.title, content: c.blocks.map(postLine) } } },
  };
}

export function wecomMarkdownBody(c: Content): Record<string, unknown> {
  return { msgtype: 'markdown', markdown: { content: markdownText(c, 'wecom') } };
}

/** WeCom text with mentioned lists: the one way a WeCom robot can @ someone by mobile. */
export function wecomTextBody(c: Content): Record<string, unknown> {
  const mentions = mentionsIn(c.blocks);
  return {
    msgtype: 'text',
    text: {
      content: plainText(c),
      mentioned_list: mentions.flatMap((m) => (m.userId ? [m.userId] : [])),
      mentioned_mobile_list: mentions.flatMap((m) => (!m.userId && m.mobile ? [m.mobile] : [])),
    },
  };
}

/** What the group reads, as plain text: the outbox's and the preview's text. */
export function plainText(c: Content): string {
  const line = (b: Block) => {
    if (b.t === 'h') return `【${b.text}】`;
    const text = b.parts.map((p) => (typeof p === 'string' ? p : `@${p.mention.name}`)).join('');
    return b.t === 'li' ? `${b.n !== undefined ? `${b.n}. ` : '• '}${text}` : text;
  };
  return [c.title, ...c.blocks.map(line)].join('\n');
}

export type BodyKind = 'markdown' | 'text';

export function bodyFor(
  platform: RobotPlatform,
  c: Content,
  locale: Locale,
  kind: BodyKind = 'markdown',
): Record<string, unknown> {
  switch (platform) {
    case 'dingtalk':
      return dingtalkBody(c);
    case 'feishu':
    case 'lark':
      return feishuBody(c, locale);
    case 'wecom':
      return kind === 'text' ? wecomTextBody(c) : wecomMarkdownBody(c);
  }
}
