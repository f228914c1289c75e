import type { ExportStatus } from './useExport';

/** The outcome of the last export: progress and success announced politely, failures as alerts. */
export function ExportStatusLine({ status }: { status: ExportStatus }) {
  const failed = status?.kind === 'error';
  return (
    <>
      <p class={`export-status ${status?.kind ?? ''}`} role="status">
        {failed ? '' : (status?.text ?? '')}
      </p>
      <p class="export-status error" role="alert">
        {failed ? status.text : ''}
      </p>
    </>
  );
}
