import { useEffect, useRef, useState } from 'preact/hooks';
import { REMINDER_LEADS, type ReminderSettings } from '../../lib/plan/reminders';
import { useEnv } from '../ui/context';
import { useTracker } from './context';

/**
 * When reminders go off: how long before the due day (off, the same day, 1 or 2 days), counting
 * working days only or not. System notifications need the optional permission, asked for here
 * with a click; without it the toolbar badge still counts overdue items.
 */
export function ReminderSettingsForm() {
  const { t, services } = useEnv();
  const { prefs } = useTracker();
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [notice, setNotice] = useState('');
  // The latest values, so two quick changes build on each other rather than on one render.
  const latest = useRef<ReminderSettings | null>(null);
  useEffect(() => {
    void prefs.readReminders().then((s) => {
      latest.current = s;
      setSettings(s);
    });
  }, [prefs]);
  if (!settings) return null;

  const save = (patch: Partial<ReminderSettings>) => {
    const next = { ...latest.current!, ...patch };
    latest.current = next;
    setSettings(next);
    void prefs.writeReminders(next).then(() => setNotice(t('plan.reminders.saved')));
  };
  const allow = async () => {
    const granted = await services.requestNotifications();
    setNotice(t(granted ? 'plan.reminders.allowed' : 'plan.reminders.denied'));
  };

  return (
    <fieldset class="reminders">
      <legend>{t('plan.reminders.heading')}</legend>
      <div class="row">
        <div class="field narrow">
          <label for="rem-lead">{t('plan.reminders.lead')}</label>
          <select
            id="rem-lead"
            value={settings.lead}
            onChange={(e) => save({ lead: e.currentTarget.value as ReminderSettings['lead'] })}
          >
            {REMINDER_LEADS.map((lead) => (
              <option key={lead} value={lead}>
                {t(`plan.reminders.lead.${lead}`)}
              </option>
            ))}
          </select>
        </div>
        <label class="check">
          <input
            type="checkbox"
            checked={settings.workingDaysOnly}
            onChange={(e) => save({ workingDaysOnly: e.currentTarget.checked })}
          />
          {t('plan.reminders.workingDays')}
        </label>
      </div>
      <p class="hint">{t('plan.reminders.hint', { hour: settings.hour })}</p>
      <button type="button" onClick={() => void allow()}>
        {t('plan.reminders.allow')}
      </button>
      <p class="hint" role="status">
        {notice}
      </p>
    </fieldset>
  );
}
