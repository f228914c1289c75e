import { useEnv } from '../ui/context';
import { ReminderSettingsForm } from './ReminderSettingsForm';

/** The tracker's title, its two modes (all items, weekly review), who is updating, reminders. */
export function TrackerHeader(props: {
  mode: 'list' | 'review' | 'other';
  by: string;
  onBy: (name: string) => void;
  onList: () => void;
  onReview: () => void;
  /** Opens the search across all minutes (components/search/SearchView.tsx). */
  onSearch: () => void;
}) {
  const { t } = useEnv();
  return (
    <header class="tracker-head">
      <div class="bar">
        <h1>{t('plan.tracker.heading')}</h1>
        <nav class="modes" aria-label={t('plan.tracker.modes')}>
          <button
            type="button"
            aria-current={props.mode === 'list' ? 'page' : undefined}
            onClick={props.onList}
          >
            {t('plan.tracker.all')}
          </button>
          <button
            type="button"
            aria-current={props.mode === 'review' ? 'page' : undefined}
            onClick={props.onReview}
          >
            {t('plan.weekly.start')}
          </button>
          <button type="button" onClick={props.onSearch}>
            {t('list.search')}
          </button>
        </nav>
      </div>
      <div class="tracker-tools">
        <div class="field who">
          <label for="tracker-by">{t('plan.tracker.by')}</label>
          <input
            id="tracker-by"
            value={props.by}
            maxLength={100}
            placeholder={t('plan.tracker.byHint')}
            onChange={(e) => props.onBy(e.currentTarget.value)}
          />
        </div>
        <details class="reminder-details">
          <summary>{t('plan.reminders.heading')}</summary>
          <ReminderSettingsForm />
        </details>
      </div>
    </header>
  );
}
