/**
 * What a page needs to know about a Word file without loading the Word writer (lib/export/docx.ts,
 * larger than the whole panel): its type and the steps of making it, which the export shows.
 */
export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The steps of making a Word file, in order: the outline, the document's layout, the zip. */
export const DOCX_STAGES = ['outline', 'layout', 'pack'] as const;
export type DocxStage = (typeof DOCX_STAGES)[number];
