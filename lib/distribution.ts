/**
 * A sent mark: which version of a meeting's minutes went out, when, and (a post to a group) where.
 * On the meeting's `distributions` shelf (lib/adapters/shelf.ts), read by the version store
 * (lib/adapters/versions.ts) and carried in backups (lib/history.ts). Apart from lib/history.ts so
 * the background, which records posts to groups (lib/outbox/distribution.ts), does not carry the
 * meeting parsers (test/build/budgets.test.ts).
 */
import * as z from 'zod/mini';
import { Instant, int } from './schema/primitives';

export const Distribution = z.object({
  version: int(1, 1_000_000),
  at: Instant,
  /** Where it went when it was posted to a group (a platform and the group's name). */
  channel: z.optional(
    z.object({
      platform: z.string().check(z.maxLength(20)),
      name: z.string().check(z.maxLength(100)),
    }),
  ),
  /** The outbox batch that posted it: one mark per send, however often the outbox runs. */
  send: z.optional(z.string().check(z.maxLength(100))),
});
export type Distribution = z.infer<typeof Distribution>;

type DistributionShelf = {
  list(meetingId: string): Promise<unknown[]>;
  put(meetingId: string, value: unknown): Promise<void>;
};

/** Keeps a post's mark on the shelf; a mark of the same send is kept once. */
export async function recordSent(
  shelf: DistributionShelf,
  meetingId: string,
  mark: Distribution,
): Promise<void> {
  const entry = Distribution.parse(mark);
  const send = (e: unknown) => (e as { send?: unknown } | null)?.send;
  if (entry.send !== undefined && (await shelf.list(meetingId)).some((e) => send(e) === entry.send))
    return;
  await shelf.put(meetingId, entry);
}
