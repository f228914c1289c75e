import { EXPORT_FORMATS } from '../../lib/export/formats';
import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import type { Locale } from '../../lib/i18n';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { ExportMenu } from './ExportMenu';
import { ExportStatusLine } from './ExportStatusLine';
import { useExport } from './useExport';

const LANGUAGES: readonly Locale[] = ['zh-CN', 'en'];

/** 一键导出: one button in the user's default format, a menu with the others, and the language. */
export function ExportBar(props: {
  meeting: Meeting;
  prefs: ExportPrefs;
  language: Locale;
  onLanguage: (locale: Locale) => void;
}) {
  const { meeting, prefs, language } = props;
  const { t } = useEnv();
  const { status, run, busy } = useExport();
  const exportAs = (format: (typeof EXPORT_FORMATS)[number]) =>
    run(format, { meeting }, { locale: language, pattern: prefs.fileNamePattern });

  return (
    <section class="export" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('review.export.heading')}</h2>
      <div class="export-bar">
        <div class="split">
          <button
            type="button"
            class="primary"
            disabled={busy}
            onClick={() => exportAs(prefs.defaultFormat)}
          >
            {t(`review.format.${prefs.defaultFormat}`)}
          </button>
          <ExportMenu
            label={t('review.export.more')}
            disabled={busy}
            items={EXPORT_FORMATS.map((f) => ({ key: f, label: t(`review.format.${f}`) }))}
            onPick={exportAs}
          />
        </div>
        <div class="field narrow">
          <label for="export-language">{t('review.export.language')}</label>
          <select
            id="export-language"
            value={language}
            onChange={(e) => props.onLanguage(e.currentTarget.value as Locale)}
          >
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {t(`review.lang.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {meeting.review.state !== 'approved' && <p class="hint">{t('review.export.notApproved')}</p>}
      <ExportStatusLine status={status} />
    </section>
  );
}
