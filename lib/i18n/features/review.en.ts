/** English strings of the review feature; keys start with 'review.'. zh-CN in review.zh-CN.ts. */
export const reviewEn = {} as const;
