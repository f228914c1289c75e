import type { settingsEn } from './settings.en';

/** settings 功能的简体中文文字,与 settings.en.ts 的键一一对应。 */
export const settingsZhCN: Record<keyof typeof settingsEn, string> = {};
