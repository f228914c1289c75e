import { render } from 'preact';
import { App } from '../../components/App';
import { EnvContext } from '../../components/context';
import { buildEnv } from '../../lib/adapters/env';
import './style.css';

// The panel page: the side panel, the Firefox sidebar and the docked iframe all load this.
void buildEnv().then((env) => {
  document.title = env.t('appTitle');
  render(
    <EnvContext.Provider value={env}>
      <App />
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
