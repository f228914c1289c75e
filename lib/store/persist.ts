/**
 * Adapter: asks the browser to keep our storage under pressure (`navigator.storage.persist`), so
 * minutes are not evicted when the disk fills. Extension origins are usually granted at once.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
  if (!navigator.storage?.persist) return null;
  try {
    return (await navigator.storage.persisted()) || (await navigator.storage.persist());
  } catch {
    return null;
  }
}
