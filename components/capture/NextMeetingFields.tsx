import { fromLocalInput, toLocalInput } from '../../lib/format';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';

/** 下次会议安排: date and purpose, e.g. "下周五跟踪行动计划进展". */
export function NextMeetingFields(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { meeting: m, edit } = props;
  const { t } = useEnv();
  const set = (patch: Partial<Meeting['nextMeeting']>) =>
    edit((d) => ({ ...d, nextMeeting: { ...d.nextMeeting, ...patch } }));
  return (
    <div class="cap-next">
      <h3>{t('capture.next.heading')}</h3>
      <div class="row">
        <Field
          id="cap-next-at"
          type="datetime-local"
          label={t('capture.next.at')}
          value={toLocalInput(m.nextMeeting.at)}
          onInput={(v) => set({ at: fromLocalInput(v) })}
        />
        <Field
          id="cap-next-purpose"
          label={t('capture.next.purpose')}
          placeholder={t('capture.next.purposePlaceholder')}
          value={m.nextMeeting.purpose}
          onInput={(v) => set({ purpose: v.slice(0, 2000) })}
        />
      </div>
    </div>
  );
}
