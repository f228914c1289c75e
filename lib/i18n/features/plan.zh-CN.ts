import type { planEn } from './plan.en';

/** plan 功能的简体中文文字,与 plan.en.ts 的键一一对应。 */
export const planZhCN: Record<keyof typeof planEn, string> = {};
