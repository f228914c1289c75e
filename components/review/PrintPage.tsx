import { useEffect, useState } from 'preact/hooks';
import { exportFileName } from '../../lib/export/formats';
import { buildOutline, type Outline } from '../../lib/export/outline';
import type { PrintRoute } from '../../lib/export/printRoute';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { useReviewServices } from './context';
import { OutlineDocument } from './OutlineDocument';
import './print.css';

type Load =
  | { kind: 'loading' }
  | { kind: 'error'; text: string }
  | { kind: 'ready'; outline: Outline; earlier: number | null };

/**
 * The print page (PDF): the minutes laid out like the Word file on A4, printed by the browser, so
 * Chinese text needs no embedded font and the PDF is whatever the user's "Save as PDF" makes. It
 * lives in its own tab because printing from inside the side panel is known to crash Chrome.
 * The document title is the archive file name, which the print dialog offers for the PDF.
 */
export function PrintPage(props: {
  route: PrintRoute;
  print: () => void;
  setTitle: (title: string) => void;
}) {
  const { route } = props;
  const { t, locale, services } = useEnv();
  const { versions, prefs } = useReviewServices();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });

  useEffect(() => {
    const fail = (text: string) => setLoad({ kind: 'error', text });
    const id = route.meetingId;
    if (!id) return fail(t('review.print.noMeeting'));
    const docLocale = route.locale ?? locale;
    const find = async (): Promise<{ meeting: Meeting; items: ActionItem[] } | string> => {
      if (route.version !== null) {
        const found = (await versions.list(id)).versions.find((v) => v.version === route.version);
        return found ?? t('review.print.noVersion', { n: route.version });
      }
      const meeting = await services.meetings.get(id);
      if (!meeting) return t('review.print.notFound');
      if ('reason' in meeting) return t('editor.damaged', { reason: meeting.reason });
      return { meeting, items: (await services.items.listByMeeting(id)).items };
    };
    void Promise.all([find(), prefs.read()]).then(
      ([found, p]) => {
        if (typeof found === 'string') return fail(found);
        const input = { ...found, locale: docLocale, now: services.now() };
        const earlier = route.version !== null;
        props.setTitle(
          exportFileName(found.meeting, 'pdf', {
            pattern: p.fileNamePattern,
            locale: docLocale,
            earlier,
          }),
        );
        setLoad({ kind: 'ready', outline: buildOutline(input), earlier: route.version });
      },
      (e: unknown) => fail(String(e)),
    );
  }, []);

  return (
    <>
      <header class="print-bar" lang={locale}>
        <button
          type="button"
          class="primary"
          disabled={load.kind !== 'ready'}
          onClick={props.print}
        >
          {t('review.print.print')}
        </button>
        <p class="hint">{t('review.print.hint')}</p>
        {load.kind === 'ready' && load.earlier !== null && (
          <p class="earlier">{t('review.print.earlier', { n: load.earlier })}</p>
        )}
      </header>
      <main class="sheet">
        {load.kind === 'loading' && <p aria-live="polite">{t('editor.loading')}</p>}
        {load.kind === 'error' && <p role="alert">{load.text}</p>}
        {load.kind === 'ready' && <OutlineDocument outline={load.outline} />}
      </main>
    </>
  );
}
