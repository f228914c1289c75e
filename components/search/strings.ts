/**
 * The search view's words, loaded with the view (its own chunk), not with the page's catalogue:
 * the panel's start-up carries only the button that opens it (test/build/budgets.test.ts).
 * zh-CN has the same keys by type.
 */
import type { Locale } from '../../lib/i18n/locale';

const en = {
  heading: 'Search all minutes',
  label: 'Search titles, points, decisions, action items, attendees',
  placeholder: 'e.g. 落地页, budget review, 张伟',
  close: 'Close search',
  searching: 'Searching…',
  none: 'Nothing found for “{query}”.',
  count: 'Meetings found: {count}',
  countMore: 'Meetings shown: {shown} of {count}',
  more: 'Show more',
  untitled: 'Untitled meeting',
  noTopic: 'Meeting',
  failed: 'Search failed: {message}',
  hint: 'Type to search; ↑ ↓ to choose, Enter to open, Esc to close.',
  'kind.title': 'Title',
  'kind.goal': 'Goal',
  'kind.topic': 'Topic',
  'kind.point': 'Talking point',
  'kind.decision': 'Decision',
  'kind.attendee': 'Attendee',
  'kind.summary': 'Summary',
  'kind.item': 'Action item',
};

export type SearchKey = keyof typeof en;

const zhCN: Record<SearchKey, string> = {
  heading: '搜索全部纪要',
  label: '搜索标题、发言、决议、行动项、参会人',
  placeholder: '例如:落地页、预算复核、张伟',
  close: '关闭搜索',
  searching: '正在搜索…',
  none: '没有找到“{query}”。',
  count: '找到 {count} 场会议',
  countMore: '已显示 {shown} / {count} 场会议',
  more: '显示更多',
  untitled: '未命名会议',
  noTopic: '会议',
  failed: '搜索失败:{message}',
  hint: '输入即搜索;↑ ↓ 选择,Enter 打开,Esc 关闭。',
  'kind.title': '标题',
  'kind.goal': '会议目标',
  'kind.topic': '议题',
  'kind.point': '发言',
  'kind.decision': '决议',
  'kind.attendee': '参会人',
  'kind.summary': '会议总结',
  'kind.item': '行动项',
};

export function searchText(locale: Locale) {
  const catalog = locale === 'zh-CN' ? zhCN : en;
  return (key: SearchKey, params: Record<string, string | number> = {}) =>
    catalog[key].replace(/\{(\w+)\}/g, (m, name: string) =>
      name in params ? String(params[name]) : m,
    );
}
