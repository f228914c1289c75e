import { useEffect, useRef } from 'preact/hooks';
import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import { davErrorText, problemText, type WebDavTranslate } from '../../lib/i18n/webdav';
import type { Locale } from '../../lib/i18n';
import type { Meeting } from '../../lib/schema';
import type { FileOutcome } from '../../lib/webdav/archive';
import { useEnv } from '../ui/context';
import { useWebDavText } from '../ui/useWebDavText';
import { useReviewServices } from './context';
import { useArchive, type ArchiveState } from './useArchive';

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
  if (state.kind === 'busy') {
    const p = state.progress;
    return (
      <p role="status" class="export-status busy">
        {p?.current
          ? w('archive.progress', { done: p.done + 1, total: p.total, name: p.current.name })
          : w('archive.auto')}
      </p>
    );
  }
  const failed = state.outcomes.some((o) => o.state === 'failed' || o.state === 'skipped');
  return (
    <div role={failed ? 'alert' : 'status'} class={`export-status ${failed ? 'error' : 'done'}`}>
      <p>
        {failed ? w('archive.incomplete') : w('archive.done', { folder: state.folder.join('/') })}
      </p>
      <ul class="archive-files">
        {state.outcomes.map((o) => (
          <li key={o.file.name}>{outcomeText(w, o)}</li>
        ))}
      </ul>
    </div>
  );
}

function outcomeText(w: WebDavTranslate, o: FileOutcome): string {
  const name = o.file.name;
  switch (o.state) {
    case 'uploaded':
      return w('archive.uploaded', { name });
    case 'exists':
      return w('archive.exists', { name });
    case 'skipped':
      return w('archive.skipped', { name });
    case 'failed':
      return w('archive.failed', { name, reason: davErrorText(w, o.error) });
  }
}
