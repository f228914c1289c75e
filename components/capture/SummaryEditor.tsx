import { useState } from 'preact/hooks';
import { closeOutSummary, SUMMARY_LABELS } from '../../lib/capture/summary';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

/** The close-out summary (meeting.summary): drafted from the decisions and action items, editable. */
export function SummaryEditor(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  items: readonly ActionItem[];
  announce: (message: string) => void;
}) {
  const { meeting: m, edit } = props;
  const { t, locale } = useEnv();
  /** The text a draft replaced, to bring back. */
  const [replaced, setReplaced] = useState<string | null>(null);

  const draft = () => {
    const text = closeOutSummary(m.decisions, props.items, SUMMARY_LABELS[locale]);
    setReplaced(m.summary.trim() ? m.summary : null);
    edit((d) => ({ ...d, summary: text }));
    props.announce(t('capture.summary.drafted'));
  };
  const restore = () => {
    if (replaced === null) return;
    edit((d) => ({ ...d, summary: replaced }));
    setReplaced(null);
  };

  return (
    <div class="cap-summary">
      <div class="field">
        <label for="cap-summary">{t('capture.summary')}</label>
        <textarea
          id="cap-summary"
          rows={6}
          maxLength={50_000}
          value={m.summary}
          placeholder={t('capture.summary.placeholder')}
          onInput={(e) => edit((d) => ({ ...d, summary: e.currentTarget.value }))}
        />
      </div>
      <div class="cap-actions">
        <button type="button" onClick={draft}>
          {t('capture.summary.draft')}
        </button>
        {replaced !== null && (
          <button type="button" onClick={restore}>
            {t('capture.summary.restore')}
          </button>
        )}
      </div>
    </div>
  );
}
