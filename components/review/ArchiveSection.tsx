import { useEffect, useRef } from 'preact/hooks';
import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import { problemText, type WebDavTranslate } from '../../lib/i18n/webdav';
import type { Locale } from '../../lib/i18n';
import type { Meeting } from '../../lib/schema';
import { DAV_ERROR_KINDS, type DavErrorKind } from '../../lib/webdav/client';
import { useEnv } from '../ui/context';
import { useWebDavText } from '../ui/useWebDavText';
import { useReviewServices } from './context';
import { useArchive, type ArchiveState, type FileState } from './useArchive';

/**
 * 归档到共享文件夹: a button once approved, and the upload started by the approval itself when
 * the settings say so (an approval seen in this view: reopening the tab later does not upload
 * again). Progress and each file's result show here.
 */
export function ArchiveSection(props: { meeting: Meeting; prefs: ExportPrefs; language: Locale }) {
  const { meeting, prefs, language } = props;
  const w = useWebDavText();
  const { services } = useEnv();
  const { webdav } = useReviewServices();
  const { state, run, busy } = useArchive();
  const approved = meeting.review.state === 'approved';
  const wasApproved = useRef(approved);
  const start = () => void run(meeting, { locale: language, pattern: prefs.fileNamePattern });

  useEffect(() => {
    const before = wasApproved.current;
    wasApproved.current = approved;
    if (!approved || before) return;
    void webdav.read().then((c) => c.archiveOnApproval && start());
  }, [approved]);

  if (!w) return null;
  return (
    <section class="archive" aria-labelledby="archive-heading">
      <h2 id="archive-heading">{w('archive.heading')}</h2>
      {approved ? (
        <button type="button" disabled={busy} onClick={start}>
          {w('archive.button')}
        </button>
      ) : (
        <p class="hint">{w('archive.notApproved')}</p>
      )}
      <ArchiveStatus
        w={w}
        state={state}
        openSettings={() => services.openPage('/options.html#webdav')}
      />
    </section>
  );
}

function ArchiveStatus(props: {
  w: WebDavTranslate;
  state: ArchiveState;
  openSettings: () => void;
}) {
  const { w, state } = props;
  if (state.kind === 'idle') return <p role="status" class="export-status" />;
  if (state.kind === 'error')
    return (
      <p role="alert" class="export-status error">
        {state.message}
      </p>
    );
  if (state.kind === 'problem') {
    const notSet = state.problem.kind === 'url' && state.problem.error === 'empty';
    return (
      <div role="alert" class="export-status error">
        <p>{notSet ? w('archive.notSet') : problemText(w, state.problem)}</p>
        <button type="button" onClick={props.openSettings}>
          {w('archive.settings')}
        </button>
      </div>
    );
  }
  if (state.kind === 'building') {
    return (
      <p role="status" class="export-status busy">
        {w('archive.building', {
          done: state.done + 1,
          total: state.total,
          name: state.current.name,
        })}
      </p>
    );
  }
  const sent = state.files.filter((f) => f.state === 'sent').length;
  const failed = state.done && sent < state.files.length;
  const summary = !state.done
    ? w('archive.sending', { done: sent, total: state.files.length })
    : failed
      ? w('archive.incomplete')
      : w('archive.done', { folder: state.folder.join('/') });
  return (
    <div role={failed ? 'alert' : 'status'} class={`export-status ${failed ? 'error' : ''}`}>
      <p>{summary}</p>
      <ul class="archive-files">
        {state.files.map((f) => (
          <li key={f.name}>{fileText(w, f)}</li>
        ))}
      </ul>
    </div>
  );
}

/** One file's line; the outbox's error is `kind: server text` (lib/webdav/channel.ts). */
function fileText(w: WebDavTranslate, f: FileState): string {
  const name = f.name;
  const kind = /^(\w+):/.exec(f.error ?? '')?.[1] as DavErrorKind | undefined;
  const reason =
    kind && DAV_ERROR_KINDS.includes(kind)
      ? w(`error.${kind}`, { status: /\b[45]\d\d\b/.exec(f.error!)?.[0] ?? '', message: f.error! })
      : (f.error ?? '');
  switch (f.state) {
    case 'sent':
      return w('archive.uploaded', { name });
    case 'queued':
      return f.error ? w('archive.retrying', { name, reason }) : w('archive.waiting', { name });
    case 'sending':
      return w('archive.waiting', { name });
    case 'unknown':
      return w('archive.unknown', { name });
    case 'failed':
    case 'dropped':
      return w('archive.failed', { name, reason });
  }
}
