/** English strings of the settings feature; keys start with 'settings.'. zh-CN in settings.zh-CN.ts. */
export const settingsEn = {} as const;
