import { useEffect, useState } from 'preact/hooks';
import type { WebDavConnection } from '../../lib/webdav/connection';
import type { SyncPrefs, SyncStatus } from '../../lib/sync/status';
import { useReviewServices } from '../review/context';

/**
 * The sync's status, the user's choices and the connection, kept current: the background
 * rewrites the status after every pass and state change, and a command's effect on the choices
 * (enable, pause) shows with the status that follows it.
 */
export function useSync() {
  const { sync, webdav } = useReviewServices();
  const [status, setStatus] = useState<SyncStatus | null>(null);
  const [prefs, setPrefs] = useState<SyncPrefs | null>(null);
  const [connection, setConnection] = useState<WebDavConnection | null>(null);
  useEffect(() => {
    let live = true;
    const readPrefs = () => void sync.prefs().then((p) => live && setPrefs(p));
    void sync.status().then((s) => live && setStatus(s));
    readPrefs();
    const stop = sync.watch((s) => {
      setStatus(s);
      readPrefs();
    });
    return () => {
      live = false;
      stop();
    };
  }, [sync]);
  useEffect(() => {
    void webdav.read().then(setConnection);
    return webdav.watch(setConnection);
  }, [webdav]);
  const refresh = () => sync.prefs().then(setPrefs);
  return { sync, status, prefs, connection, refresh };
}
