import { useState } from 'preact/hooks';
import type { ConnectionProblem } from '../../lib/webdav/connection';
import { runExport } from '../../lib/export/run';
import type { Locale } from '../../lib/i18n';
import type { Meeting } from '../../lib/schema';
import {
  archiveFiles,
  FALLBACK_FOLDERS,
  uploadArchive,
  type ArchiveFormat,
  type ArchiveProgress,
  type FileOutcome,
} from '../../lib/webdav/archive';
import { useEnv } from '../ui/context';
import { useReviewServices } from './context';

export type ArchiveState =
  | { kind: 'idle' }
  | { kind: 'problem'; problem: ConnectionProblem | { kind: 'permission'; origin: string } }
  | { kind: 'busy'; progress: ArchiveProgress | null }
  | { kind: 'done'; outcomes: FileOutcome[]; folder: string[] };

/**
 * Uploads this version of the minutes to the shared folder: the same exporter and input as the
 * one-click export (lib/export/run.ts), so the files are the ones a download would give.
 */
export function useArchive() {
  const { services } = useEnv();
  const { webdav } = useReviewServices();
  const [state, setState] = useState<ArchiveState>({ kind: 'idle' });

  const run = async (meeting: Meeting, options: { locale: Locale; pattern: string }) => {
    setState({ kind: 'busy', progress: null });
    const connection = await webdav.connect();
    if (!connection.ok) return setState({ kind: 'problem', problem: connection.problem });
    const settings = await webdav.read();
    const files = archiveFiles(meeting, settings.formats, {
      root: connection.root,
      pattern: options.pattern,
      locale: options.locale,
      fallback: FALLBACK_FOLDERS[options.locale],
    });
    const { items } = await services.items.listByMeeting(meeting.id);
    const build = async (format: ArchiveFormat) => {
      const input = { meeting, items, locale: options.locale, now: services.now() };
      const result = await runExport(format, input);
      if (result.kind !== 'file') throw new Error(`${format} makes no file`);
      return new Uint8Array(await result.data.arrayBuffer());
    };
    const outcomes = await uploadArchive(connection.client, files, build, (progress) =>
      setState({ kind: 'busy', progress }),
    );
    setState({ kind: 'done', outcomes, folder: files[0]?.folder ?? connection.root });
  };

  return { state, run, busy: state.kind === 'busy' };
}
