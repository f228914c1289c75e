import { shelves, type Shelves } from '../../lib/adapters/shelf';
import type { StorageLike } from '../../lib/adapters/live-store';
import { openMinutesDB, type MinutesDatabase } from '../../lib/store/db';

let counter = 0;

/**
 * A meeting's shelves (lib/adapters/shelf.ts) on `api`'s storage and a fresh fake-indexeddb
 * database (or `db`, to share one with a repository), as an extension page builds them.
 */
export function testShelves(
  api: Pick<StorageLike, 'storage'>,
  db?: MinutesDatabase | Promise<MinutesDatabase>,
): Shelves {
  const opened = db ?? openMinutesDB(`shelves-${++counter}-${Math.random()}`);
  return shelves(api, () => Promise.resolve(opened));
}
