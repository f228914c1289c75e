/** English strings of the capture feature; keys start with 'capture.'. zh-CN in capture.zh-CN.ts. */
export const captureEn = {} as const;
