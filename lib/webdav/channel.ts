import type { OutboxChannel, SendOutcome } from '../outbox/types';
import type { Draft } from '../outbox/actions';
import type { ArchiveFile } from './archive';
import { DavError, type DavErrorKind, type DavWriter } from './request';

/**
 * The outbox's 'webdav' channel (lib/outbox/runner.ts runs it in the background): one archive
 * file per message, uploaded with `If-None-Match: *`. A file found there already counts as sent
 * (it is an earlier upload of the same version; nothing is overwritten), so a message resent
 * after a crash or a timeout cannot duplicate or damage anything. The password is read at send
 * time by `connect`, never stored in the message.
 */
export interface ArchivePayload {
  /** The server's folder URL and origin when queued: sent there only if still the connection's. */
  base: string;
  origin: string;
  folder: string[];
  name: string;
  bytes: Uint8Array;
}

export const ARCHIVE_KIND = 'archive';

const strings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((s) => typeof s === 'string' && s.length > 0);

export function parseArchivePayload(raw: unknown): ArchivePayload | null {
  const p = raw as Partial<ArchivePayload> | null;
  if (!p || !strings(p.folder) || typeof p.name !== 'string' || !p.name) return null;
  if (typeof p.base !== 'string' || typeof p.origin !== 'string') return null;
  if (!(p.bytes instanceof Uint8Array)) return null;
  return { base: p.base, origin: p.origin, folder: p.folder, name: p.name, bytes: p.bytes };
}

/** One outbox draft per file, queued together: sent in this order, one batch. */
export function archiveDrafts(
  meetingId: string,
  server: { base: string; origin: string },
  files: readonly { file: ArchiveFile; bytes: Uint8Array }[],
): Draft[] {
  return files.map(({ file, bytes }) => ({
    channel: 'webdav',
    target: 'webdav',
    kind: ARCHIVE_KIND,
    meetingId,
    payload: { ...server, folder: file.folder, name: file.name, bytes } satisfies ArchivePayload,
    preview: [...file.folder, file.name].join('/'),
  }));
}

/** Errors the user must fix first (password, folder rights, address): retrying cannot help. */
const FINAL: readonly DavErrorKind[] = [
  'auth',
  'forbidden',
  'notFound',
  'conflict',
  'redirect',
  'http',
];

export type Connect = (server: {
  base: string;
  origin: string;
}) => Promise<{ ok: true; writer: DavWriter } | { ok: false; error: string }>;

export function webdavChannel(connect: Connect): OutboxChannel {
  return {
    async send(message, signal): Promise<SendOutcome> {
      const payload = message.kind === ARCHIVE_KIND ? parseArchivePayload(message.payload) : null;
      if (!payload) return { ok: false, retry: false, error: 'damaged: not an archive file' };
      const connection = await connect(payload);
      if (!connection.ok) return { ok: false, retry: false, error: connection.error };
      try {
        await connection.writer.ensureFolder(payload.folder, signal);
        await connection.writer.put(
          [...payload.folder, payload.name],
          payload.bytes,
          { ifNoneMatch: true },
          signal,
        );
        return { ok: true };
      } catch (e) {
        if (!(e instanceof DavError)) throw e;
        if (e.kind === 'precondition') return { ok: true };
        const error = `${e.kind}: ${e.message}`;
        if (FINAL.includes(e.kind)) return { ok: false, retry: false, error };
        // A full disk may be cleared by the user: try again, not at once.
        return {
          ok: false,
          retry: true,
          error,
          ...(e.kind === 'storage' ? { retryAfterMs: 300_000 } : {}),
        };
      }
    },
  };
}
