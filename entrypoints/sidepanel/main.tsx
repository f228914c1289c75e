import { render } from 'preact';
import { App, editor } from '../../components/meeting/App';
import { preload } from '../../components/ui/Lazy';
import { EnvContext } from '../../components/ui/context';
import { isFramed, watchDock } from '../../lib/adapters/dock-frame';
import { buildEnv } from '../../lib/adapters/env';
import { pickLocale } from '../../lib/i18n/locale';
import { loadTranslate } from '../../lib/i18n/load';
import './style.css';

// The panel page: the side panel, the Firefox sidebar and the docked iframe all load this.
const root = document.getElementById('app')!;

let started = false;
const start = () => {
  started = true;
  // Opened on a meeting (a reload, a link): its editor's chunk loads while the services are built.
  if (location.hash.startsWith('#/meeting/')) preload(editor);
  void buildEnv().then((env) => {
    document.title = env.t('appTitle');
    render(
      <EnvContext.Provider value={env}>
        <App />
      </EnvContext.Provider>,
      root,
    );
  });
};

/** Framed by something else than our dock: nothing is read, and the user is told why. */
const refuse = () =>
  void loadTranslate(pickLocale(navigator.languages)).then(
    (t) =>
      !started &&
      render(
        <p class="banner error" role="alert">
          {t('dock.refused')}
        </p>,
        root,
      ),
  );

if (!isFramed()) start();
else {
  // The handshake takes two messages; the timer is for a frame that never gets a token.
  const quiet = setTimeout(refuse, 10_000);
  watchDock(
    () => {
      clearTimeout(quiet);
      start();
    },
    () => {
      clearTimeout(quiet);
      refuse();
    },
  );
}
