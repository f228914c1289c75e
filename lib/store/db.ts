/**
 * Adapter: the one module that owns the IndexedDB connection (extension origin, via idb).
 *
 * Values are typed `unknown` on purpose: whatever comes out of the database is parsed and
 * migrated (lib/schema/migrate.ts) before anything uses it.
 * The shape is lib/store/db-schema.ts; the upgrade steps are lib/store/upgrade.ts.
 */
import { openDB } from 'idb';
import { DB_NAME, DB_VERSION, type MinutesDatabase, type MinutesDB } from './db-schema';
import { upgradeMinutesDB } from './upgrade';

export * from './db-schema';

/** Opens (and upgrades) the database. `name` lets tests use a fresh one each. */
export async function openMinutesDB(name = DB_NAME): Promise<MinutesDatabase> {
  let unbuilt = false;
  const db = await openDB<MinutesDB>(name, DB_VERSION, {
    upgrade(db, oldVersion, _newVersion, tx) {
      unbuilt = upgradeMinutesDB(db, oldVersion, tx).unbuilt;
    },
  });
  if (unbuilt) await (await import('./search')).buildSearch(db);
  return db;
}

/** True for the errors a full disk produces (names differ between browsers and layers). */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}
