/**
 * A runtime message as a sync command (lib/sync/status.ts `SyncCommand`), or null: anything an
 * extension page sends is checked before the background acts on it. Pure.
 */
import type { SyncCommand } from './status';

/** What the sync's own writes are announced as on the change feed: not a change to send back. */
export const SYNC_FROM = 'sync';

const SIMPLE = ['now', 'enable', 'pause', 'resume', 'disconnect'] as const;

export function parseSyncCommand(message: unknown): SyncCommand | null {
  const m = message as Record<string, unknown> | null;
  if (typeof m !== 'object' || m === null || m.type !== 'sync') return null;
  const command = m.command;
  if ((SIMPLE as readonly unknown[]).includes(command)) {
    return { type: 'sync', command: command as (typeof SIMPLE)[number] };
  }
  if (
    command === 'resolve' &&
    typeof m.id === 'string' &&
    typeof m.path === 'string' &&
    m.path.length <= 1000 &&
    (m.choice === 'local' || m.choice === 'remote')
  ) {
    return { type: 'sync', command, id: m.id, path: m.path, choice: m.choice };
  }
  return null;
}
