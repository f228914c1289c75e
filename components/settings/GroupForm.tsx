import { useState } from 'preact/hooks';
import { ROBOT_PLATFORMS, type GroupInput, type GroupView } from '../../lib/robots/groups';
import type { RobotPlatform } from '../../lib/robots/groups';
import { checkGroupWebhook } from '../../lib/robots/check';
import { useEnv } from '../ui/context';
import { useRobots } from '../robots/context';

const DAYS = [1, 2, 3, 4, 5, 6, 0] as const;

/**
 * A labelled input with its error tied to it. Not components/ui/Field: the settings page importing
 * that shared module moved it (and its neighbours) into a chunk of its own that the panel also
 * loads at start-up, +1 KB gzip over the budget (test/build/budgets.test.ts).
 */
function Input(props: {
  id: string;
  label: string;
  value: string;
  onInput: (v: string) => void;
  error?: string | undefined;
  type?: 'text' | 'url';
  maxLength: number;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type={props.type ?? 'text'}
        value={props.value}
        maxLength={props.maxLength}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${props.id}-error` : undefined}
        onInput={(e) => props.onInput(e.currentTarget.value)}
      />
      {props.error && (
        <p id={`${props.id}-error`} class="error" role="alert">
          {props.error}
        </p>
      )}
    </div>
  );
}

/**
 * Adds or edits one group. The webhook is checked for the chosen platform before anything is
 * stored (a wrong one gets the checker's own words); the secret field is empty when editing and
 * says "已设置": a stored secret is never shown again, empty keeps it.
 */
export function GroupForm(props: {
  group: GroupView | null;
  onDone: (saved: GroupView | null) => void;
}) {
  const { locale } = useEnv();
  const { robots, rt } = useRobots();
  const g = props.group;
  const [platform, setPlatform] = useState<RobotPlatform>(g?.platform ?? 'dingtalk');
  const [name, setName] = useState(g?.name ?? '');
  const [webhook, setWebhook] = useState(g?.webhook ?? '');
  const [secret, setSecret] = useState('');
  const [clearSecret, setClearSecret] = useState(false);
  const [keyword, setKeyword] = useState(g?.keyword ?? '');
  const [day, setDay] = useState(g?.digest ? String(g.digest.day) : '');
  const [time, setTime] = useState(g?.digest?.time ?? '17:00');
  const [reminders, setReminders] = useState(g?.reminders ?? false);
  const [errors, setErrors] = useState<{ name?: string; webhook?: string }>({});
  const id = g?.id ?? 'new';
  const signs = platform !== 'wecom';

  const submit = () => {
    const check = checkGroupWebhook(platform, webhook, locale);
    const next = {
      name: name.trim() ? undefined : rt('groups.error.name'),
      webhook: check.ok ? undefined : check.message,
    };
    setErrors(next);
    if (next.name || !check.ok) return;
    const input: GroupInput = {
      id: g?.id,
      platform,
      name: name.trim(),
      webhook: check.url,
      // Empty keeps the stored secret; WeCom robots do not sign, so none is kept for them.
      secret: !signs || clearSecret ? '' : secret.trim() || undefined,
      keyword: keyword.trim(),
      digest: day === '' ? null : { day: Number(day), time },
      reminders,
    };
    void robots.save(input).then(props.onDone);
  };

  return (
    <form
      class="group-form"
      aria-label={g ? rt('groups.edit', { name: g.name }) : rt('groups.add')}
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <div class="row">
        <div class="field narrow">
          <label for={`g-platform-${id}`}>{rt('groups.platform')}</label>
          <select
            id={`g-platform-${id}`}
            value={platform}
            onChange={(e) => setPlatform(e.currentTarget.value as RobotPlatform)}
          >
            {ROBOT_PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {rt(`groups.platform.${p}`)}
              </option>
            ))}
          </select>
        </div>
        <Input
          id={`g-name-${id}`}
          label={rt('groups.name')}
          value={name}
          onInput={setName}
          error={errors.name}
          maxLength={100}
        />
      </div>
      <Input
        id={`g-webhook-${id}`}
        label={rt('groups.webhook')}
        type="url"
        value={webhook}
        onInput={setWebhook}
        error={errors.webhook}
        maxLength={1000}
      />
      {signs ? (
        <div class="field">
          <label for={`g-secret-${id}`}>{rt('groups.secret')}</label>
          <input
            id={`g-secret-${id}`}
            type="password"
            autoComplete="off"
            value={secret}
            disabled={clearSecret}
            maxLength={200}
            placeholder={g?.hasSecret ? rt('groups.secret.keep') : ''}
            aria-describedby={`g-secret-${id}-state`}
            onInput={(e) => setSecret(e.currentTarget.value)}
          />
          <p id={`g-secret-${id}-state`} class="hint">
            {g?.hasSecret ? rt('groups.secret.set') : rt('groups.secret.none')}
          </p>
          {g?.hasSecret && (
            <label class="check">
              <input
                type="checkbox"
                checked={clearSecret}
                onChange={(e) => setClearSecret(e.currentTarget.checked)}
              />
              {rt('groups.secret.clear')}
            </label>
          )}
        </div>
      ) : (
        <p class="hint">{rt('groups.secret.wecom')}</p>
      )}
      <Input
        id={`g-keyword-${id}`}
        label={rt('groups.keyword')}
        value={keyword}
        onInput={setKeyword}
        maxLength={100}
      />
      <fieldset class="row">
        <legend>{rt('groups.digest')}</legend>
        <div class="field narrow">
          <label for={`g-day-${id}`}>{rt('groups.digest.day')}</label>
          <select id={`g-day-${id}`} value={day} onChange={(e) => setDay(e.currentTarget.value)}>
            <option value="">{rt('groups.digest.off')}</option>
            {DAYS.map((d) => (
              <option key={d} value={String(d)}>
                {rt(`weekday.${d}`)}
              </option>
            ))}
          </select>
        </div>
        <div class="field narrow">
          <label for={`g-time-${id}`}>{rt('groups.digest.time')}</label>
          <input
            id={`g-time-${id}`}
            type="time"
            value={time}
            disabled={day === ''}
            onInput={(e) => setTime(e.currentTarget.value || '17:00')}
          />
        </div>
      </fieldset>
      <label class="check">
        <input
          type="checkbox"
          checked={reminders}
          onChange={(e) => setReminders(e.currentTarget.checked)}
        />
        {rt('groups.reminders')}
      </label>
      <div class="row">
        <button type="submit">{rt('groups.save')}</button>
        <button type="button" onClick={() => props.onDone(null)}>
          {rt('groups.cancel')}
        </button>
      </div>
    </form>
  );
}
