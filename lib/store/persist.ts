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

/** How much the extension stores and whether the browser keeps it under pressure. */
export async function storageStatus(): Promise<{
  usage: number | null;
  persisted: boolean | null;
}> {
  try {
    const [estimate, persisted] = await Promise.all([
      navigator.storage.estimate(),
      navigator.storage.persisted(),
    ]);
    return { usage: estimate.usage ?? null, persisted };
  } catch {
    return { usage: null, persisted: null };
  }
}
