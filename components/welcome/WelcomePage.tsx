import { useState } from 'preact/hooks';
import { exampleMeeting } from '../../lib/example';
import { COMMAND_KEYS } from '../../lib/shortcuts';
import { useEnv } from '../ui/context';

/** First run: what the extension does in the three phases, how to open it, an example to explore. */
export function WelcomePage({ openPanel }: { openPanel: (() => Promise<void>) | null }) {
  const { t, locale, services } = useEnv();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const openExample = async () => {
    setBusy(true);
    const m = await services.meetings.create(exampleMeeting(locale, services.now()));
    services.openPage(`/sidepanel.html#/meeting/${m.id}`);
    setBusy(false);
  };
  const phases = ['before', 'during', 'after'] as const;
  return (
    <main class="app welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <ol class="phases">
        {phases.map((p) => (
          <li key={p} class="card">
            <h2>{t(`welcome.${p}`)}</h2>
            <p>{t(`welcome.${p}.text`)}</p>
          </li>
        ))}
      </ol>
      <section class="card" aria-labelledby="w-start">
        <h2 id="w-start">{t('welcome.start')}</h2>
        <p>{t('welcome.open')}</p>
        <div class="row">
          {openPanel && (
            <button
              type="button"
              class="primary"
              onClick={() =>
                void openPanel().then(
                  () => setFailed(false),
                  () => setFailed(true),
                )
              }
            >
              {t('welcome.openPanel')}
            </button>
          )}
          <button type="button" disabled={busy} onClick={() => void openExample()}>
            {t('welcome.example')}
          </button>
          <button type="button" onClick={() => services.openPage('/options.html')}>
            {t('welcome.settings')}
          </button>
        </div>
        <p role="status">{failed ? t('welcome.openPanel.failed') : ''}</p>
      </section>
      <section class="card" aria-labelledby="w-keys">
        <h2 id="w-keys">{t('welcome.shortcuts')}</h2>
        <dl class="shortcuts">
          {(['panel', 'dock'] as const).map((k) => (
            <div key={k}>
              <dt>
                <kbd>{COMMAND_KEYS[k]}</kbd>
              </dt>
              <dd>{t(`welcome.key.${k}`)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <p class="hint">{t('welcome.privacy')}</p>
    </main>
  );
}
