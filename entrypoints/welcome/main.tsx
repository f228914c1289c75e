import { render } from 'preact';
import { EnvContext } from '../../components/ui/context';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { buildEnv } from '../../lib/adapters/env';
import { panelOpener } from '../../lib/adapters/panel';
import '../sidepanel/style.css';

// The first-run page, opened once when the extension is installed.
void Promise.all([buildEnv(), panelOpener().catch(() => null)]).then(([env, openPanel]) => {
  document.title = env.t('welcome.title');
  render(
    <EnvContext.Provider value={env}>
      <WelcomePage openPanel={openPanel} />
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
