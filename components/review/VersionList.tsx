import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import type { Distribution, VersionList as Versions } from '../../lib/adapters/versions';
import { EXPORT_FORMATS } from '../../lib/export/formats';
import { formatDateTime } from '../../lib/format';
import type { Locale } from '../../lib/i18n';
import type { MinutesVersion } from '../../lib/review';
import { useEnv } from '../ui/context';
import { ExportMenu } from './ExportMenu';
import { ExportStatusLine } from './ExportStatusLine';
import { SentTo } from './SentTo';
import { useExport } from './useExport';

/**
 * 历史版本: the approved versions put aside when the minutes were reopened, read-only. Each can be
 * viewed (the print page) and exported in any format, exactly as it was approved.
 */
export function VersionList(props: {
  list: Versions;
  /** The meeting's sent marks: each version shows the groups it was posted to. */
  sent?: readonly Distribution[];
  prefs: ExportPrefs;
  language: Locale;
}) {
  const { list, sent = [], prefs, language } = props;
  const { t, locale } = useEnv();
  const { status, run, busy } = useExport();
  if (!list.versions.length && !list.damaged) return null;

  const exportVersion = (v: MinutesVersion, format: (typeof EXPORT_FORMATS)[number]) =>
    run(
      format,
      { meeting: v.meeting, items: v.items, earlier: true },
      { locale: language, pattern: prefs.fileNamePattern },
    );

  return (
    <section class="versions" aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('review.versions')}</h2>
      <ul>
        {[...list.versions].reverse().map((v) => {
          const name = t('review.version', { n: v.version });
          return (
            <li key={v.version} class="version-row">
              <span class="version-text">
                <strong>{name}</strong>{' '}
                {t('review.versionApproved', {
                  reviewer: v.meeting.review.reviewer,
                  at: formatDateTime(v.meeting.review.at, locale),
                })}
                {sent
                  .filter((d) => d.version === v.version && d.channel)
                  .map((d) => (
                    <span key={d.send ?? d.at} class="hint">
                      {' '}
                      <SentTo mark={d} />
                    </span>
                  ))}
              </span>
              <span class="version-actions">
                <button
                  type="button"
                  disabled={busy}
                  aria-label={t('review.versionView', { version: name })}
                  onClick={() => exportVersion(v, 'pdf')}
                >
                  {t('review.view')}
                </button>
                <ExportMenu
                  label={t('review.versionExport', { version: name })}
                  text={t('review.exportShort')}
                  disabled={busy}
                  items={EXPORT_FORMATS.filter((f) => f !== 'pdf').map((f) => ({
                    key: f,
                    label: t(`review.format.${f}`),
                  }))}
                  onPick={(f) => exportVersion(v, f)}
                />
              </span>
            </li>
          );
        })}
      </ul>
      {list.damaged > 0 && <p class="hint">{t('review.versionsDamaged', { n: list.damaged })}</p>}
      <ExportStatusLine status={status} />
    </section>
  );
}
