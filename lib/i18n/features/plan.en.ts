/** English strings of the plan feature; keys start with 'plan.'. zh-CN in plan.zh-CN.ts. */
export const planEn = {} as const;
