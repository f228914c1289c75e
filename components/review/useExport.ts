import { useState } from 'preact/hooks';
import { exportFileName, type ExportFormat } from '../../lib/export/formats';
import { printPath } from '../../lib/export/printRoute';
import { runExport } from '../../lib/export/run';
import type { Locale } from '../../lib/i18n';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { useReviewServices } from './context';

/** What to export: the current minutes (items read fresh) or an earlier version with its own. */
export interface ExportSource {
  meeting: Meeting;
  items?: ActionItem[];
  earlier?: boolean;
}

export type ExportStatus = { kind: 'busy' | 'done' | 'error'; text: string } | null;

/**
 * Runs one export: loads the exporter (first use only), builds the file from the minutes and the
 * action plan in the chosen language, then saves it under its archive name, copies it, or opens
 * the print page (PDF).
 */
export function useExport() {
  const { t, services } = useEnv();
  const { makeDocx } = useReviewServices();
  const [status, setStatus] = useState<ExportStatus>(null);

  const run = async (
    format: ExportFormat,
    source: ExportSource,
    options: { locale: Locale; pattern: string },
  ) => {
    const { meeting, earlier } = source;
    setStatus({ kind: 'busy', text: t('review.export.working') });
    try {
      if (format === 'pdf') {
        const version = earlier ? meeting.version : undefined;
        services.openPage(printPath({ meetingId: meeting.id, locale: options.locale, version }));
        setStatus({ kind: 'done', text: t('review.export.printOpened') });
        return;
      }
      const items = source.items ?? (await services.items.listByMeeting(meeting.id)).items;
      const input = { meeting, items, locale: options.locale, now: services.now() };
      // Word is made in a worker (seconds for a large meeting): the page stays live and says
      // which step it is at.
      const result =
        format === 'docx'
          ? {
              kind: 'file' as const,
              data: await makeDocx(input, (stage) =>
                setStatus({ kind: 'busy', text: t(`review.export.docx.${stage}`) }),
              ),
            }
          : await runExport(format, input);
      if (result.kind === 'clipboard') {
        await services.copyRich(result.html, result.text);
        setStatus({ kind: 'done', text: t('review.export.copied') });
      } else if (result.kind === 'file') {
        const name = exportFileName(meeting, format, { ...options, earlier });
        services.download(result.data, name);
        setStatus({ kind: 'done', text: t('review.export.saved', { name }) });
      }
    } catch (e) {
      const message = (e as Error)?.message ?? String(e);
      setStatus({ kind: 'error', text: t('review.export.failed', { message }) });
    }
  };

  return { status, run, busy: status?.kind === 'busy' };
}
