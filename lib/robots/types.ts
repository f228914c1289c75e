/**
 * Group robots (钉钉自定义机器人, 飞书/Lark 自定义机器人, 企业微信群机器人): a group is a webhook URL
 * per chat group, an optional signing secret and an optional required keyword.
 *
 * The secret lives only in extension storage (lib/adapters/robot-groups.ts): never in a message's
 * payload or preview, an export, a backup or an error text. `PublicGroup` is a group without it,
 * which is what everything but the channel at send time gets.
 */
import * as z from 'zod/mini';

export const ROBOT_PLATFORMS = ['dingtalk', 'feishu', 'lark', 'wecom'] as const;
export type RobotPlatform = (typeof ROBOT_PLATFORMS)[number];
/** The brief's name for it; `Platform` in lib/schema is the meeting's video platform. */
export type Platform = RobotPlatform;

/** Weekly digest: day of week (0 = Sunday, as `Date#getDay`) and local time "HH:MM". */
export const DigestSchedule = z.object({
  day: z.int().check(z.minimum(0), z.maximum(6)),
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
});
export type DigestSchedule = z.infer<typeof DigestSchedule>;

export const RobotGroup = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  platform: z.enum(ROBOT_PLATFORMS),
  name: z.string().check(z.maxLength(100)),
  webhook: z.string().check(z.maxLength(2000)),
  /** 加签 / 签名校验 secret; only in extension storage. */
  secret: z.optional(z.string().check(z.maxLength(200))),
  /** 自定义关键词: every message must contain it or the platform refuses it. */
  keyword: z.optional(z.string().check(z.maxLength(100))),
  /** Weekly digest schedule, or none. */
  digest: z._default(z.nullable(DigestSchedule), null),
});
export type RobotGroup = z.infer<typeof RobotGroup>;
export type PublicGroup = Omit<RobotGroup, 'secret'> & { hasSecret: boolean };

export const publicGroup = ({ secret, ...rest }: RobotGroup): PublicGroup => ({
  ...rest,
  hasSecret: Boolean(secret),
});

/** One person to @mention: their name as shown, and a mobile number or a platform user id. */
export interface Mention {
  name: string;
  mobile?: string;
  userId?: string;
}

/** A formatted message for one platform, ready to be the request body of one post. */
export interface RobotPart {
  /** The JSON body (without the signature: the channel adds it at send time). */
  body: Record<string, unknown>;
  /** Plain text of what the group will see, for the preview and the outbox. */
  preview: string;
}
