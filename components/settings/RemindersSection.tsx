import { useEnv } from '../ui/context';
import { ReminderSettingsForm } from '../tracker/ReminderSettingsForm';

/** 行动项提醒: when action items are reminded; the same form (and setting) as in the tracker. */
export function RemindersSection() {
  const { t } = useEnv();
  return (
    <section class="card" aria-labelledby="s-reminders">
      <h2 id="s-reminders">{t('settings.reminders')}</h2>
      <p class="hint">{t('settings.reminders.hint')}</p>
      <ReminderSettingsForm />
    </section>
  );
}
