import type { Page } from 'playwright-core';

export type StoreName = 'meetings' | 'actionItems' | 'summaries' | 'search';

/**
 * Direct access to the extension's IndexedDB from a test, run inside an extension page.
 *
 * The page may not have opened (and so created) the database yet when a test reaches it. A
 * plain `indexedDB.open('minutes')` would then create an empty version-1 database without the
 * stores, and the extension could never create them — a flaky test that also breaks the
 * profile. So the open aborts its own upgrade and retries until the extension has made it.
 */
const OPEN_EXISTING = `(async () => {
  for (let tries = 0; ; tries++) {
    const db = await new Promise((ok, fail) => {
      const r = indexedDB.open('minutes');
      r.onupgradeneeded = () => r.transaction.abort();
      r.onsuccess = () => ok(r.result);
      r.onerror = () => (tries < 200 ? ok(null) : fail(r.error));
    });
    if (db) return db;
    await new Promise((ok) => setTimeout(ok, 50));
  }
})()`;

/** Runs `body` (a function expression taking the database and `args`) in the page. */
function withDb<T>(page: Page, body: string, args: unknown): Promise<T> {
  // A string expression, not a function: the page's CSP forbids eval, CDP's evaluate does not.
  return page.evaluate(`(async () => {
    const db = await ${OPEN_EXISTING};
    try { return await (${body})(db, ${JSON.stringify(args)}); } finally { db.close(); }
  })()`) as Promise<T>;
}

/** Puts records into the extension's stores in one transaction. */
export async function putRecords(
  page: Page,
  records: Partial<Record<StoreName, unknown[]>>,
): Promise<void> {
  await withDb(
    page,
    `(db, records) => new Promise((ok, fail) => {
      const tx = db.transaction(Object.keys(records), 'readwrite');
      for (const [store, list] of Object.entries(records))
        for (const r of list) tx.objectStore(store).put(r);
      tx.oncomplete = () => ok();
      tx.onerror = () => fail(tx.error);
    })`,
    records,
  );
}

/** One record of a store by id, or all of them. */
export function readRecords<T>(page: Page, store: StoreName, id?: string): Promise<T> {
  return withDb<T>(
    page,
    `(db, { store, id }) => new Promise((ok) => {
      const os = db.transaction(store).objectStore(store);
      const r = id === null ? os.getAll() : os.get(id);
      r.onsuccess = () => ok(r.result);
    })`,
    { store, id: id ?? null },
  );
}
