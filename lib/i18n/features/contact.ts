import type { Locale } from '../locale';

/**
 * The roster's contact field (a mobile number or user id, for group robots' @mentions), in both
 * languages: two strings kept out of the main catalogue, which is panel start-up
 * (test/build/budgets.test.ts); the sign-in view that shows them loads on first use.
 */
export const CONTACT_TEXT: Record<Locale, { label: string; placeholder: string }> = {
  'zh-CN': {
    label: '{name} 的手机号或用户 ID (群机器人 @ 提醒用)',
    placeholder: '手机号 / 用户 ID',
  },
  en: {
    label: 'Mobile or user id of {name} (for group @mentions)',
    placeholder: 'Mobile / user id',
  },
};
