/**
 * The messages a group receives, per platform: a test message, approved minutes, a due-tomorrow
 * or overdue reminder, a weekly digest. Pure: content (content.ts) → one platform's body
 * (dingtalk.ts, feishu.ts, wecom.ts), split to the platform's size limit (split.ts).
 */
export type { RobotPart } from '../types';
