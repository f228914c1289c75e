import type { captureEn } from './capture.en';

/** capture 功能的简体中文文字,与 capture.en.ts 的键一一对应。 */
export const captureZhCN: Record<keyof typeof captureEn, string> = {};
