import { render } from 'preact';
import { EnvContext } from '../../components/context';
import { WelcomePage } from '../../components/welcome/WelcomePage';
import { buildEnv } from '../../lib/adapters/env';
import '../sidepanel/style.css';

// The first-run page, opened once when the extension is installed.
void buildEnv().then((env) => {
  document.title = env.t('welcome.title');
  render(
    <EnvContext.Provider value={env}>
      <WelcomePage />
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
