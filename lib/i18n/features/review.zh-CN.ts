import type { reviewEn } from './review.en';

/** review 功能的简体中文文字,与 review.en.ts 的键一一对应。 */
export const reviewZhCN: Record<keyof typeof reviewEn, string> = {};
