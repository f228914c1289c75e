import { useEffect, useState } from 'preact/hooks';
import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import { DEFAULT_PATTERN, FILENAME_TOKENS } from '../../lib/export/filename';
import { EXPORT_FORMATS, exportFileName, unknownTokens } from '../../lib/export/formats';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../context';

/**
 * 导出设置: the one-click button's format and the archive file-name pattern (年份-部门-项目名称-
 * 会议名称-日期 by default), with a preview of the name this meeting would get.
 */
export function ExportOptions(props: {
  meeting: Meeting;
  prefs: ExportPrefs;
  onSave: (patch: Partial<ExportPrefs>) => Promise<void>;
}) {
  const { meeting, prefs } = props;
  const { t, locale } = useEnv();
  const [pattern, setPattern] = useState(prefs.fileNamePattern);
  const [saved, setSaved] = useState<'ok' | 'failed' | null>(null);
  useEffect(() => setPattern(prefs.fileNamePattern), [prefs.fileNamePattern]);

  const save = (patch: Partial<ExportPrefs>) =>
    props.onSave(patch).then(
      () => setSaved('ok'),
      () => setSaved('failed'),
    );
  const unknown = unknownTokens(pattern, FILENAME_TOKENS);
  const preview = exportFileName(meeting, 'docx', {
    pattern: pattern.trim() || DEFAULT_PATTERN,
    locale,
  });

  return (
    <details class="export-options">
      <summary>{t('review.options')}</summary>
      <div class="field">
        <label for="export-default">{t('review.options.default')}</label>
        <select
          id="export-default"
          value={prefs.defaultFormat}
          onChange={(e) =>
            void save({ defaultFormat: e.currentTarget.value as ExportPrefs['defaultFormat'] })
          }
        >
          {EXPORT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`review.format.${f}`)}
            </option>
          ))}
        </select>
      </div>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save({ fileNamePattern: pattern.trim() || DEFAULT_PATTERN });
        }}
      >
        <div class="field">
          <label for="export-pattern">{t('review.options.pattern')}</label>
          <input
            id="export-pattern"
            value={pattern}
            maxLength={300}
            spellcheck={false}
            aria-describedby="export-pattern-help export-pattern-preview"
            onInput={(e) => setPattern(e.currentTarget.value)}
          />
          <p id="export-pattern-help" class="hint">
            {t('review.options.tokens', {
              tokens: FILENAME_TOKENS.map((x) => `{${x}}`).join(' '),
            })}
          </p>
          <p id="export-pattern-preview" class="hint">
            {t('review.options.preview', { name: preview })}
          </p>
          {unknown.length > 0 && (
            <p class="field-error">
              {t('review.options.unknown', { tokens: unknown.map((x) => `{${x}}`).join(' ') })}
            </p>
          )}
        </div>
        <button type="submit">{t('review.options.save')}</button>{' '}
        <button type="button" onClick={() => void save({ fileNamePattern: DEFAULT_PATTERN })}>
          {t('review.options.reset')}
        </button>{' '}
        <span role="status" class="hint">
          {saved && t(saved === 'ok' ? 'review.options.saved' : 'review.options.saveFailed')}
        </span>
      </form>
    </details>
  );
}
