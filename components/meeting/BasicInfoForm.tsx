import { fromLocalInput, toLocalInput } from '../../lib/format';
import { PLATFORMS, type Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';

type TextKey =
  | 'title'
  | 'room'
  | 'link'
  | 'meetingCode'
  | 'host'
  | 'hostTitle'
  | 'recorder'
  | 'recorderTitle'
  | 'goal'
  | 'series'
  | 'department';

/** The stored limits of each text field (lib/schema/meeting.ts). */
const MAX: Record<TextKey, number> = {
  title: 200,
  room: 200,
  link: 2000,
  meetingCode: 100,
  host: 100,
  hostTitle: 100,
  recorder: 100,
  recorderTitle: 100,
  goal: 2000,
  series: 200,
  department: 100,
};

/**
 * 基本信息: name, time, place (room, platform, link, meeting code), host, recorder, goal,
 * project and department of a meeting.
 */
export function BasicInfoForm(props: {
  meeting: Meeting;
  edit: (update: (m: Meeting) => Meeting) => void;
}) {
  const { meeting: m, edit } = props;
  const { t } = useEnv();
  const text = (key: TextKey, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field
      id={`f-${key}`}
      label={t(`field.${key}`)}
      value={m[key]}
      maxLength={MAX[key]}
      onInput={(value) => edit((d) => ({ ...d, [key]: value.slice(0, MAX[key]) }))}
      {...extra}
    />
  );
  const endBeforeStart = !!(m.startAt && m.endAt && m.endAt < m.startAt);

  return (
    <section aria-labelledby="basic-heading" class="card">
      <h2 id="basic-heading">{t('editor.basicInfo')}</h2>
      {text('title', { placeholder: t('field.title.placeholder'), autoFocus: !m.title })}
      <div class="row">
        <Field
          id="f-startAt"
          type="datetime-local"
          label={t('field.startAt')}
          value={toLocalInput(m.startAt)}
          onInput={(v) => edit((d) => ({ ...d, startAt: fromLocalInput(v) }))}
        />
        <Field
          id="f-endAt"
          type="datetime-local"
          label={t('field.endAt')}
          value={toLocalInput(m.endAt)}
          onInput={(v) => edit((d) => ({ ...d, endAt: fromLocalInput(v) }))}
          error={endBeforeStart ? t('field.endBeforeStart') : undefined}
        />
      </div>
      {text('room', { placeholder: t('field.room.placeholder') })}
      <div class="row">
        <div class="field">
          <label for="f-platform">{t('field.platform')}</label>
          <select
            id="f-platform"
            value={m.platform ?? ''}
            onChange={(e) => {
              const v = e.currentTarget.value;
              const platform = (PLATFORMS as readonly string[]).includes(v)
                ? (v as Meeting['platform'])
                : null;
              edit((d) => ({ ...d, platform }));
            }}
          >
            <option value="">{t('field.platform.none')}</option>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {t(`platform.${p}`)}
              </option>
            ))}
          </select>
        </div>
        {text('link', { type: 'url' })}
      </div>
      {text('meetingCode')}
      <div class="row">
        {text('host')}
        {text('hostTitle')}
      </div>
      <div class="row">
        {text('recorder')}
        {text('recorderTitle')}
      </div>
      {text('goal', { multiline: true, placeholder: t('field.goal.placeholder') })}
      <div class="row">
        {text('series')}
        {text('department')}
      </div>
    </section>
  );
}
