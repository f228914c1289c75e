import type { AlertSettings } from '../../lib/timer/live';
import { useEnv } from '../ui/context';
import { MinutesField } from '../ui/MinutesField';

/** Timer alerts: the "last minutes" threshold, a chime, a system notification (optional permission). */
export function AlertSettingsForm(props: {
  alerts: AlertSettings;
  onChange: (a: AlertSettings) => void;
}) {
  const { alerts, onChange } = props;
  const { t, services } = useEnv();
  return (
    <fieldset class="alerts">
      <legend>{t('alerts.heading')}</legend>
      <MinutesField
        id="f-warn"
        label={t('alerts.warnMinutes')}
        min={0}
        max={60}
        value={alerts.warnMinutes}
        onChange={(n) => onChange({ ...alerts, warnMinutes: n })}
      />
      <label class="check">
        <input
          type="checkbox"
          checked={alerts.chime}
          onChange={(e) => onChange({ ...alerts, chime: e.currentTarget.checked })}
        />
        {t('alerts.chime')}
      </label>
      <label class="check">
        <input
          type="checkbox"
          checked={alerts.notify}
          onChange={async (e) => {
            const on = e.currentTarget.checked;
            const granted = on ? await services.requestNotifications() : true;
            onChange({ ...alerts, notify: on && granted });
          }}
        />
        {t('alerts.notify')}
      </label>
    </fieldset>
  );
}
