import { render } from 'preact';
import { App } from '../../components/App';
import { EnvContext } from '../../components/context';
import { dockAllowed, isFramed } from '../../lib/adapters/dock-frame';
import { buildEnv } from '../../lib/adapters/env';
import { pickLocale } from '../../lib/i18n/locale';
import { loadTranslate } from '../../lib/i18n/load';
import './style.css';

// The panel page: the side panel, the Firefox sidebar and the docked iframe all load this.
const root = document.getElementById('app')!;

const start = () =>
  void buildEnv().then((env) => {
    document.title = env.t('appTitle');
    render(
      <EnvContext.Provider value={env}>
        <App />
      </EnvContext.Provider>,
      root,
    );
  });

/** Framed by something else than our dock: nothing is read, and the user is told why. */
const refuse = () =>
  void loadTranslate(pickLocale(navigator.languages)).then((t) =>
    render(
      <p class="banner error" role="alert">
        {t('dock.refused')}
      </p>,
      root,
    ),
  );

if (!isFramed()) start();
else {
  // The handshake takes two messages; the message is for a frame that never gets a token.
  const quiet = setTimeout(refuse, 10_000);
  void dockAllowed().then((ok) => {
    clearTimeout(quiet);
    if (ok) start();
    else refuse();
  });
}
