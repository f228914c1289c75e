import { useLayoutEffect, useState } from 'preact/hooks';
import type { ExportPrefs } from '../../lib/adapters/export-prefs';
import {
  checkPattern,
  DEFAULT_PATTERN,
  FILENAME_TOKENS,
  MAX_PATTERN_LENGTH,
} from '../../lib/export/filename';
import {
  EXPORT_FORMATS,
  EXTENSIONS,
  exportFileName,
  unknownTokens,
} from '../../lib/export/formats';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

type Note =
  | { kind: 'saved' | 'failed' }
  | { kind: 'invalid'; reason: 'empty' | 'tooLong'; length: number }
  | null;

/**
 * The export preferences' fields, shared by the review tab (under 导出设置) and the settings page:
 * the one-click button's format, and the archive file-name pattern with the name `sample` would
 * get as the user types. An empty or too long pattern is explained and not saved.
 */
export function ExportPrefsForm(props: {
  sample: Meeting;
  /** How the preview is introduced: this meeting (review tab) or an example (settings). */
  previewKey: 'review.options.preview' | 'settings.export.example';
  prefs: ExportPrefs;
  onSave: (patch: Partial<ExportPrefs>) => Promise<void>;
}) {
  const { prefs } = props;
  const { t, locale } = useEnv();
  const [pattern, setPattern] = useState(prefs.fileNamePattern);
  const [note, setNote] = useState<Note>(null);
  // A new stored pattern (saved here, reset, or changed in another page) replaces the draft; before
  // the next keystroke, so a user typing right after mount is never overwritten.
  useLayoutEffect(() => setPattern(prefs.fileNamePattern), [prefs.fileNamePattern]);

  const save = (patch: Partial<ExportPrefs>) =>
    props.onSave(patch).then(
      () => setNote({ kind: 'saved' }),
      () => setNote({ kind: 'failed' }),
    );
  const submit = () => {
    const checked = checkPattern(pattern);
    if (!checked.ok) return setNote({ kind: 'invalid', ...checked });
    void save({ fileNamePattern: checked.pattern });
  };
  const invalid = note?.kind === 'invalid' ? note : null;
  const unknown = unknownTokens(pattern, FILENAME_TOKENS);
  // Named as the default format would name it; the print and clipboard formats save no file.
  const format = EXTENSIONS[prefs.defaultFormat] ? prefs.defaultFormat : 'docx';
  const preview = pattern.trim()
    ? exportFileName(props.sample, format, { pattern: pattern.trim(), locale })
    : '';

  return (
    <div class="export-prefs">
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
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <div class="field">
          <label for="export-pattern">{t('review.options.pattern')}</label>
          <input
            id="export-pattern"
            value={pattern}
            spellcheck={false}
            aria-invalid={invalid ? true : undefined}
            aria-describedby="export-pattern-error export-pattern-help export-pattern-preview"
            onInput={(e) => {
              setPattern(e.currentTarget.value);
              if (invalid) setNote(null);
            }}
          />
          <p id="export-pattern-error" class="field-error" role="alert">
            {invalid &&
              t(`review.options.error.${invalid.reason}`, {
                n: invalid.length,
                max: MAX_PATTERN_LENGTH,
              })}
          </p>
          <p id="export-pattern-help" class="hint">
            {t('review.options.tokens', {
              tokens: FILENAME_TOKENS.map((x) => `{${x}}`).join(' '),
            })}
          </p>
          <p id="export-pattern-preview" class="hint">
            {preview && t(props.previewKey, { name: preview })}
          </p>
          {unknown.length > 0 && (
            <p class="field-error">
              {t('review.options.unknown', { tokens: unknown.map((x) => `{${x}}`).join(' ') })}
            </p>
          )}
        </div>
        <button type="submit">{t('review.options.save')}</button>{' '}
        <button
          type="button"
          onClick={() => {
            setPattern(DEFAULT_PATTERN);
            void save({ fileNamePattern: DEFAULT_PATTERN });
          }}
        >
          {t('review.options.reset')}
        </button>{' '}
        <span role="status" class="hint">
          {note?.kind === 'saved' && t('review.options.saved')}
          {note?.kind === 'failed' && t('review.options.saveFailed')}
        </span>
      </form>
    </div>
  );
}
