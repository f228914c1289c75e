import { useEffect, useRef, useState } from 'preact/hooks';
import { formatAgo, formatDateTime } from '../../lib/format';
import type { WebDavTranslate } from '../../lib/i18n/webdav';
import type { SyncStatus } from '../../lib/sync/status';
import { useReviewServices } from '../review/context';
import { useEnv } from '../ui/context';
import { useNow } from '../ui/useNow';

type State = SyncStatus['state'];

/**
 * Sync turned on: the state in words, the last sync (how long ago, and when), what waits to be
 * uploaded, the last pass's counts, an error with what to do about it, and 立即同步, 暂停/继续
 * and 断开同步 (confirmed: it keeps the data here and in the folder).
 */
export function SyncOn(props: {
  w: WebDavTranslate;
  status: SyncStatus;
  state: State;
  busy: boolean;
  run: (command: () => Promise<void>) => Promise<boolean>;
  /** After 断开同步: this block goes, so focus moves to the section's heading. */
  onDisconnected: () => void;
}) {
  const { w, status, state, busy, run } = props;
  const { locale, services } = useEnv();
  const { sync } = useReviewServices();
  // “3 分钟前” stays true while the page is open; once a second is more than enough.
  const now = useNow(services.now, status.lastSyncAt !== null);
  const [confirming, setConfirming] = useState(false);
  const disconnectButton = useRef<HTMLButtonElement>(null);
  const announce = useAnnouncement(w('sync.announce', { state: w(`sync.state.${state}`) }));
  const when = (iso: string) =>
    w('sync.when', {
      relative: formatAgo(iso, now, locale),
      absolute: formatDateTime(iso, locale),
    });
  const last = status.last;

  return (
    <>
      <dl class="meeting-line sync-facts">
        <div>
          <dt>{w('sync.state')}</dt>
          <dd class={`sync-state ${state}`}>{w(`sync.state.${state}`)}</dd>
        </div>
        <div>
          <dt>{w('sync.lastSync')}</dt>
          <dd>{status.lastSyncAt ? when(status.lastSyncAt) : w('sync.never')}</dd>
        </div>
        <div>
          <dt>{w('sync.pending')}</dt>
          <dd>{w('sync.pending.count', { count: status.pending })}</dd>
        </div>
        {last && (
          <div>
            <dt>{w('sync.lastPass')}</dt>
            <dd>
              {w('sync.lastPass.counts', last)}
              {last.damaged > 0 && w('sync.lastPass.damaged', last)}
            </dd>
          </div>
        )}
      </dl>
      <p class="sr-only" aria-live="polite">
        {announce}
      </p>
      {status.error && (
        <div class="banner error sync-error">
          <p>{errorText(w, status.error)}</p>
          <p class="hint">{w('sync.error.at', { when: when(status.error.at) })}</p>
        </div>
      )}
      <div class="row sync-actions">
        <button
          type="button"
          class="primary"
          disabled={busy || state === 'paused' || state === 'syncing'}
          onClick={() => void run(() => sync.syncNow())}
        >
          {w('sync.now')}
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => void run(() => (state === 'paused' ? sync.resume() : sync.pause()))}
        >
          {w(state === 'paused' ? 'sync.resume' : 'sync.pause')}
        </button>
        <button
          type="button"
          class="danger"
          ref={disconnectButton}
          aria-expanded={confirming}
          aria-controls="s-sync-confirm"
          onClick={() => setConfirming(true)}
        >
          {w('sync.disconnect')}
        </button>
      </div>
      {confirming && (
        <Confirm
          w={w}
          onYes={() =>
            void run(() => sync.disconnect()).then((ok) => {
              setConfirming(false);
              if (ok) props.onDisconnected();
            })
          }
          onNo={() => {
            setConfirming(false);
            disconnectButton.current?.focus();
          }}
        />
      )}
    </>
  );
}

function Confirm(props: { w: WebDavTranslate; onYes: () => void; onNo: () => void }) {
  const { w } = props;
  const yes = useRef<HTMLButtonElement>(null);
  useEffect(() => yes.current?.focus(), []);
  return (
    <div
      id="s-sync-confirm"
      class="banner warn"
      role="group"
      aria-labelledby="s-sync-disconnect-what"
      onKeyDown={(e) => e.key === 'Escape' && props.onNo()}
    >
      <p id="s-sync-disconnect-what">{w('sync.disconnect.confirm')}</p>
      <div class="row">
        <button type="button" class="danger" ref={yes} onClick={props.onYes}>
          {w('sync.disconnect.yes')}
        </button>
        <button type="button" onClick={props.onNo}>
          {w('sync.disconnect.no')}
        </button>
      </div>
    </div>
  );
}

/**
 * The text of a polite live region: empty at first (the page has just said it all), then the
 * new state each time it changes, so a screen reader hears “同步:同步中…”, “同步:空闲”.
 */
function useAnnouncement(text: string): string {
  const previous = useRef(text);
  const [said, setSaid] = useState('');
  useEffect(() => {
    if (text === previous.current) return;
    previous.current = text;
    setSaid(text);
  }, [text]);
  return said;
}

/** The error in words with what to do; the server's status only when there is one. */
function errorText(w: WebDavTranslate, error: NonNullable<SyncStatus['error']>): string {
  const status = error.status ? w('sync.error.status', { status: error.status }) : '';
  return w(`sync.error.${error.kind}`, { status });
}
