/**
 * Splits a message into parts that each fit the platform's documented size, in order, never
 * inside a block (a plan row, a heading, a paragraph short enough to keep whole), numbered
 * "(1/3)" in the title, a heading never left as the last line of a part, and the group's
 * required keyword in every part (else the platform refuses the part).
 *
 * Limits (bytes, UTF-8):
 * - DingTalk: the request body, at most 20,000 bytes for a markdown message (the stand-in checks
 *   the same; https://open.dingtalk.com/document/orgapp/custom-bot-send-message-type);
 * - Feishu / Lark: the request body at most 20 KB, signature fields included
 *   (https://open.feishu.cn/document/client-docs/bot-v3/add-custom-bot);
 * - WeCom: markdown content at most 4096 bytes, text content 2048
 *   (https://developer.work.weixin.qq.com/document/path/91770).
 */
import type { Locale } from '../../i18n';
import type { RobotPart, RobotPlatform } from '../types';
import { blockText, mentionsIn, type Block, type Content } from './content';
import { bodyFor, plainText, type BodyKind } from './render';

const bytes = (s: string) => new TextEncoder().encode(s).length;

/** Room kept for what is added at send time (Feishu's timestamp and sign: ~70 bytes). */
const SIGN_ROOM = 256;

export const LIMITS = {
  dingtalk: 20_000,
  feishu: 20 * 1024,
  lark: 20 * 1024,
  wecomMarkdown: 4096,
  wecomText: 2048,
} as const;

export function fits(platform: RobotPlatform, body: Record<string, unknown>): boolean {
  switch (platform) {
    case 'dingtalk':
      return bytes(JSON.stringify(body)) <= LIMITS.dingtalk - SIGN_ROOM;
    case 'feishu':
    case 'lark':
      return bytes(JSON.stringify(body)) <= LIMITS.feishu - SIGN_ROOM;
    case 'wecom': {
      if (body.msgtype === 'text') {
        return bytes((body.text as { content: string }).content) <= LIMITS.wecomText;
      }
      return bytes((body.markdown as { content: string }).content) <= LIMITS.wecomMarkdown;
    }
  }
}

export interface SplitOptions {
  locale: Locale;
  keyword?: string;
  kind?: BodyKind;
}

const numbered = (title: string, i: number, n: number, locale: Locale) =>
  n > 1 ? `${title}${locale === 'zh-CN' ? '' : ' '}(${i}/${n})` : title;

function titled(c: Content, i: number, n: number, o: SplitOptions): Content {
  let title = numbered(c.title, i, n, o.locale);
  const k = o.keyword?.trim();
  if (k && !plainText({ title, blocks: c.blocks }).includes(k)) title = `【${k}】${title}`;
  return { title, blocks: c.blocks };
}

/** Cuts one block's text into pieces that fit on their own (only for a block too big alone). */
function cutBlock(b: Block, fitsAlone: (b: Block) => boolean): Block[] {
  const text = blockText(b);
  const out: Block[] = [];
  let rest = text;
  while (rest) {
    // The longest prefix that fits, preferring to end after a sentence.
    let lo = 1;
    let hi = rest.length;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (fitsAlone({ t: 'p', parts: [rest.slice(0, mid)] })) lo = mid;
      else hi = mid - 1;
    }
    let end = lo;
    const stop = Math.max(
      ...['。', '!', '?', ';', '. ', '\n'].map((s) => rest.lastIndexOf(s, lo - 1)),
    );
    if (stop > lo / 2) end = stop + 1;
    const piece = rest.slice(0, end);
    out.push(
      b.t === 'li' && out.length === 0 ? { ...b, parts: [piece] } : { t: 'p', parts: [piece] },
    );
    rest = rest.slice(end);
  }
  return out;
}

/** The blocks of each part (the split itself), for `kind` bodies of `platform`. */
export function splitBlocks(
  platform: RobotPlatform,
  content: Content,
  o: SplitOptions,
  kind: BodyKind = 'markdown',
): Block[][] {
  // Measured with the widest numbering and the keyword, so the final titles fit too.
  const probe = (blocks: Block[]) =>
    fits(
      platform,
      bodyFor(platform, titled({ title: content.title, blocks }, 99, 99, o), o.locale, kind),
    );
  const groups: Block[][] = [];
  let current: Block[] = [];
  const queue = [...content.blocks];
  while (queue.length) {
    const b = queue.shift()!;
    if (probe([...current, b])) {
      current.push(b);
      continue;
    }
    const onlyHeading = current.length === 1 && current[0]!.t === 'h';
    if (!current.length || onlyHeading) {
      // Too big even alone (or with its heading): its text is cut at sentence ends.
      queue.unshift(...cutBlock(b, (x) => probe([...current, x])));
      current.push(queue.shift()!);
      continue;
    }
    // A heading goes with what it heads.
    const carry = current[current.length - 1]!.t === 'h' ? [current.pop()!] : [];
    groups.push(current);
    current = carry;
    queue.unshift(b);
  }
  if (current.length || !groups.length) groups.push(current);
  return groups;
}

interface Group {
  blocks: Block[];
  kind: BodyKind;
}

function render(platform: RobotPlatform, content: Content, groups: Group[], o: SplitOptions) {
  return groups.map(({ blocks, kind }, i): RobotPart => {
    const c = titled({ title: content.title, blocks }, i + 1, groups.length, o);
    return { body: bodyFor(platform, c, o.locale, kind), preview: plainText(c) };
  });
}

/** The parts of `content` for `platform`, each with its body and plain-text preview. */
export function splitContent(
  platform: RobotPlatform,
  content: Content,
  o: SplitOptions,
): RobotPart[] {
  const kind = o.kind ?? 'markdown';
  const groups = splitBlocks(platform, content, o, kind).map((blocks) => ({ blocks, kind }));
  return render(platform, content, groups, o);
}

/**
 * A message for a platform: split parts; for WeCom, people known only by a mobile number are
 * mentioned the one way WeCom allows, a text message with mentioned_mobile_list: the whole
 * message as text when it fits in one, else the markdown parts and a last text part naming them.
 */
export function formatFor(platform: RobotPlatform, content: Content, o: SplitOptions): RobotPart[] {
  if (platform !== 'wecom') return splitContent(platform, content, o);
  const mobiles = mentionsIn(content.blocks).filter((m) => !m.userId && m.mobile);
  if (!mobiles.length) return splitContent(platform, content, { ...o, kind: 'markdown' });
  const asText = splitBlocks(platform, content, o, 'text');
  if (asText.length === 1)
    return render(platform, content, [{ blocks: asText[0]!, kind: 'text' }], o);
  const tail: Block = {
    t: 'p',
    parts: [
      ...mobiles.flatMap((m) => [{ mention: m }, ' ']),
      o.locale === 'zh-CN' ? '请查看以上消息中与您相关的事项。' : 'Please see your items above.',
    ],
  };
  const groups: Group[] = [
    ...splitBlocks(platform, content, o, 'markdown').map((blocks) => ({
      blocks,
      kind: 'markdown' as const,
    })),
    { blocks: [tail], kind: 'text' },
  ];
  return render(platform, content, groups, o);
}
