/**
 * Adapter: the group robots (lib/robots/types.ts) in `storage.local`, secrets included. Extension
 * storage is the only place a secret is kept: the outbox stores messages without it, and the
 * channel (lib/robots/channel.ts) reads it here at send time. Not in backups (lib/export/json.ts
 * lists what a backup holds; this key is not among them).
 */
import * as z from 'zod/mini';
import { RobotGroup } from '../robots/types';
import type { StorageLike } from './live-store';
import { storageItem } from './storage-item';

export const ROBOT_GROUPS_KEY = 'robotGroups';

const Groups = z.array(RobotGroup).check(z.maxLength(100));

export const robotGroupsItem = (api: Pick<StorageLike, 'storage'>) =>
  storageItem<RobotGroup[]>(api, ROBOT_GROUPS_KEY, Groups, () => []);

/** The group with its secret, for the channel at send time. */
export async function readGroup(
  api: Pick<StorageLike, 'storage'>,
  id: string,
): Promise<RobotGroup | null> {
  return (await robotGroupsItem(api).read()).find((g) => g.id === id) ?? null;
}
