import { useState } from 'preact/hooks';
import { normalizeOrigin } from '../../lib/custom-hosts';
import { useEnv } from '../ui/context';

export interface HostDeps {
  /** Asks for exactly this origin; must be called inside the click. */
  requestHost: (origin: string) => Promise<boolean>;
  removeHost: (origin: string) => Promise<boolean>;
}

/** Own meeting hosts: the permission is requested for exactly the host the user adds. */
export function HostsSection(props: {
  hosts: string[];
  deps: HostDeps;
  onChange: (hosts: string[]) => void;
}) {
  const { t } = useEnv();
  const [input, setInput] = useState('');
  const [message, setMessage] = useState('');

  const add = () => {
    const parsed = normalizeOrigin(input);
    if (!parsed.ok) return setMessage(t(`settings.hosts.error.${parsed.error}`));
    if (props.hosts.includes(parsed.origin)) return setMessage(t('settings.hosts.exists'));
    // No await before the request: the browser only prompts inside the user's click.
    void props.deps.requestHost(parsed.origin).then((granted) => {
      if (!granted) return setMessage(t('settings.hosts.denied'));
      props.onChange([...props.hosts, parsed.origin]);
      setInput('');
      setMessage(t('settings.hosts.added', { origin: parsed.origin }));
    });
  };

  return (
    <section class="card" aria-labelledby="s-hosts">
      <h2 id="s-hosts">{t('settings.hosts')}</h2>
      <p class="hint">{t('settings.hosts.hint')}</p>
      <ul class="hosts">
        {props.hosts.map((origin) => (
          <li key={origin}>
            <span>{origin}</span>
            <button
              type="button"
              aria-label={t('settings.hosts.remove', { origin })}
              onClick={() => {
                void props.deps.removeHost(origin);
                props.onChange(props.hosts.filter((h) => h !== origin));
              }}
            >
              ✕
            </button>
          </li>
        ))}
      </ul>
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        <div class="field">
          <label for="s-host">{t('settings.hosts.add')}</label>
          <input
            id="s-host"
            value={input}
            placeholder="meet.example.com"
            onInput={(e) => setInput(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="align-end">
          {t('settings.hosts.addButton')}
        </button>
      </form>
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
