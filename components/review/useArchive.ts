import { useEffect, useRef, useState } from 'preact/hooks';
import type { ConnectionProblem } from '../../lib/webdav/connection';
import { runExport } from '../../lib/export/run';
import type { Locale } from '../../lib/i18n';
import type { OutboxMessage } from '../../lib/outbox/types';
import type { Meeting } from '../../lib/schema';
import { archiveFiles, FALLBACK_FOLDERS, type ArchiveFile } from '../../lib/webdav/archive';
import { archiveDrafts } from '../../lib/webdav/channel';
import { queueAndSend } from '../../lib/adapters/outbox-client';
import { outboxStore } from '../../lib/store/outbox';
import { useEnv } from '../ui/context';
import { useReviewServices } from './context';

export interface FileState {
  name: string;
  state: OutboxMessage['state'];
  error: string | null;
}

export type ArchiveState =
  | { kind: 'idle' }
  | { kind: 'problem'; problem: ConnectionProblem | { kind: 'permission'; origin: string } }
  | { kind: 'building'; current: ArchiveFile; done: number; total: number }
  | { kind: 'sending'; files: FileState[]; folder: string[]; done: boolean }
  | { kind: 'error'; message: string };

const POLL_MS = 400;
/** Nothing more will happen without the user (sent, failed, unknown, dropped) or not soon (retry later). */
const settled = (m: OutboxMessage) =>
  m.state !== 'sending' && !(m.state === 'queued' && m.attempts === 0);

/**
 * Archives this version: the files are made here by the same exporter and input as the one-click
 * export (lib/export/run.ts), queued in the outbox as one batch (lib/webdav/channel.ts) and sent
 * by the background; the section follows each file's state in the outbox until it settles.
 */
export function useArchive() {
  const { services } = useEnv();
  const { webdav } = useReviewServices();
  // The outbox's adapters are imported here, in the lazily loaded review panel, not in the
  // review services every page builds: the panel's start-up has no bytes to spare.
  const outbox = { queue: queueAndSend, get: (id: string) => outboxStore().get(id) };
  const [state, setState] = useState<ArchiveState>({ kind: 'idle' });
  const live = useRef(true);
  useEffect(
    () => () => {
      live.current = false;
    },
    [],
  );

  const follow = async (messages: OutboxMessage[], folder: string[]) => {
    while (live.current) {
      const now = await Promise.all(messages.map((m) => outbox.get(m.id)));
      const files = now.map((m, i) => ({
        name: messages[i]!.preview.split('/').at(-1)!,
        state: m?.state ?? 'dropped',
        error: m?.error ?? null,
      }));
      const done = now.every((m) => !m || settled(m));
      setState({ kind: 'sending', files, folder, done });
      if (done) return;
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  const run = async (meeting: Meeting, options: { locale: Locale; pattern: string }) => {
    try {
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
      const built: { file: ArchiveFile; bytes: Uint8Array }[] = [];
      for (const file of files) {
        setState({ kind: 'building', current: file, done: built.length, total: files.length });
        const input = { meeting, items, locale: options.locale, now: services.now() };
        const result = await runExport(file.format, input);
        if (result.kind !== 'file') throw new Error(`${file.format} makes no file`);
        built.push({ file, bytes: new Uint8Array(await result.data.arrayBuffer()) });
      }
      const messages = await outbox.queue(archiveDrafts(meeting.id, connection.options, built));
      await follow(messages, files[0]?.folder ?? connection.root);
    } catch (e) {
      setState({ kind: 'error', message: (e as Error)?.message ?? String(e) });
    }
  };

  const busy = state.kind === 'building' || (state.kind === 'sending' && !state.done);
  return { state, run, busy };
}
