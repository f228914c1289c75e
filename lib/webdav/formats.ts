import type { ExportFormat } from '../export/formats';

/**
 * The formats the shared folder archives, apart from lib/webdav/archive.ts so the stored
 * connection's schema (read by the background's outbox channel) does not bring the exporters'
 * naming code into the background worker.
 */
export const ARCHIVE_FORMATS = ['docx', 'markdown', 'xlsx'] as const satisfies ExportFormat[];
export type ArchiveFormat = (typeof ARCHIVE_FORMATS)[number];
