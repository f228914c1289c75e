/**
 * Exporters of finished minutes, each a pure function of an `ExportInput`. The UI loads this
 * module with a dynamic import on the first export, so none of it weighs on the panel's start.
 */
export type { ExportInput, ExportOptions } from './types';
export { buildOutline, type Outline } from './outline';
export { exportMarkdown } from './markdown';
export { exportHtml } from './html';
export { exportPlainText } from './plainText';
export { exportCsv } from './csv';
export { exportIcs } from './ics';
export { archiveFileName, DEFAULT_PATTERN, FILENAME_TOKENS } from './filename';
export { createBackup, exportJson, parseBackup, type BackupParseResult } from './json';
