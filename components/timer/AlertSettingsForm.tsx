import type { AlertSettings } from '../../lib/timer/live';
import { useEnv } from '../ui/context';

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
      <div class="field narrow">
        <label for="f-warn">{t('alerts.warnMinutes')}</label>
        <input
          id="f-warn"
          type="number"
          min={0}
          max={60}
          value={alerts.warnMinutes}
          onInput={(e) => {
            const n = Math.round(Number(e.currentTarget.value));
            if (n >= 0 && n <= 60) onChange({ ...alerts, warnMinutes: n });
          }}
        />
      </div>
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
