/**
 * A message before it meets a platform: a title and blocks, each block one unit that a split
 * never cuts (a heading, a paragraph, one action-plan row). Text is plain user-visible text;
 * each platform's renderer (dingtalk.ts, feishu.ts, wecom.ts) writes it in its own format.
 */
import type { Mention } from '../types';

export type Inline = string | { mention: Mention };

export type Block =
  | { t: 'h'; text: string }
  | { t: 'p'; parts: Inline[] }
  /** A list item; `n` numbers it ("3."), else a bullet. */
  | { t: 'li'; parts: Inline[]; n?: number };

export interface Content {
  /** The message's title (DingTalk's `title`, Feishu's post title, WeCom's first heading). */
  title: string;
  blocks: Block[];
}

/** One line of user text: line breaks inside it become spaces, so it cannot start a new line. */
export const oneLine = (s: string) => s.replace(/\s*[\r\n]+\s*/g, ' ').trim();

export const mentionsIn = (blocks: readonly Block[]): Mention[] => {
  const seen = new Map<string, Mention>();
  for (const b of blocks) {
    if (b.t === 'h') continue;
    for (const p of b.parts) {
      if (typeof p !== 'string' && (p.mention.mobile || p.mention.userId)) {
        seen.set(p.mention.mobile ?? p.mention.userId ?? '', p.mention);
      }
    }
  }
  return [...seen.values()];
};

/** The plain text of a block (for previews, keyword checks and long-paragraph splitting). */
export function blockText(b: Block): string {
  if (b.t === 'h') return b.text;
  return b.parts.map((p) => (typeof p === 'string' ? p : `@${p.mention.name}`)).join('');
}
