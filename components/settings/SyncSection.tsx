import { useEffect, useRef, useState } from 'preact/hooks';
import type { WebDavTranslate } from '../../lib/i18n/webdav';
import { connectionChecked, folderShown, shownState } from '../../lib/sync/view';
import { useWebDavText } from '../ui/useWebDavText';
import { SyncConflicts } from './SyncConflicts';
import { SyncOn } from './SyncOn';
import { useSync } from './useSync';

/**
 * 同步 (issue 18), under 共享文件夹: off, what sync sends where and the button to turn it on
 * once 测试连接 passed; on, the state, last pass and commands (SyncOn); and the fields both
 * computers changed, each with both values to choose from (SyncConflicts). The pass itself runs
 * in the background (lib/adapters/sync-client.ts says how the page talks to it).
 */
export function SyncSection() {
  const w = useWebDavText();
  const { sync, status, prefs, connection, refresh } = useSync();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  // A choice made on the last conflict removes the list and its buttons: focus goes to the
  // block's heading, not to the page's start.
  const resolving = useRef(false);
  const conflicts = status?.conflicts.length ?? 0;
  useEffect(() => {
    if (!resolving.current) return;
    resolving.current = false;
    if (conflicts === 0) heading.current?.focus();
  }, [conflicts]);
  if (!w || !status || !prefs || !connection) return null;
  const state = shownState(status, prefs);

  /** Runs a command; its failure (no background to answer) is said, not swallowed. */
  const run = (command: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    return command()
      .then(refresh)
      .then(
        () => true,
        (e: unknown) => {
          setError(w('sync.failed', { message: errorMessage(e) }));
          return false;
        },
      )
      .finally(() => setBusy(false));
  };

  return (
    <section class="card sync" id="sync" aria-labelledby="s-sync">
      <h2 id="s-sync" tabIndex={-1} ref={heading}>
        {w('sync.heading')}
      </h2>
      {state === 'off' ? (
        <Off
          w={w}
          folder={folderShown(connection)}
          checked={connectionChecked(connection)}
          tested={!!connection.checked}
          busy={busy}
          onEnable={() => void run(() => sync.enable())}
        />
      ) : (
        <SyncOn
          w={w}
          status={status}
          state={state}
          busy={busy}
          run={run}
          onDisconnected={() => heading.current?.focus()}
        />
      )}
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      {status.conflicts.length > 0 && (
        <SyncConflicts
          w={w}
          conflicts={status.conflicts}
          onResolve={(c, choice) => {
            // Set before the command: the status without this conflict may come before its answer.
            resolving.current = true;
            return run(() => sync.resolve(c.id, c.path, choice)).then((ok) => {
              if (!ok) resolving.current = false;
              return ok;
            });
          }}
        />
      )}
    </section>
  );
}

function Off(props: {
  w: WebDavTranslate;
  folder: string;
  checked: boolean;
  tested: boolean;
  busy: boolean;
  onEnable: () => void;
}) {
  const { w } = props;
  return (
    <>
      <p>{w('sync.off.what')}</p>
      <p>{w('sync.off.where', { folder: props.folder })}</p>
      <button
        type="button"
        class="primary"
        disabled={!props.checked || props.busy}
        aria-describedby={props.checked ? undefined : 's-sync-why'}
        onClick={props.onEnable}
      >
        {w('sync.enable')}
      </button>
      {!props.checked && (
        <p id="s-sync-why" class="hint">
          {w(props.tested ? 'sync.needRetest' : 'sync.needTest')}
        </p>
      )}
    </>
  );
}

const errorMessage = (e: unknown) => (e instanceof Error ? e.message : String(e));
