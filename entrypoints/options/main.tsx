import { render } from 'preact';
import { EnvContext } from '../../components/context';
import { SettingsPage } from '../../components/settings/SettingsPage';
import { removeHost, requestHost } from '../../lib/adapters/custom-hosts';
import { buildEnv } from '../../lib/adapters/env';
import type { MeetingRepo } from '../../lib/store/meetings';
import { storageStatus } from '../../lib/store/persist';
import '../sidepanel/style.css';

// The settings page (options_ui, opened in a tab). First-party, so the repository is the real one.
void buildEnv().then((env) => {
  document.title = env.t('settings.title');
  const clearAll = () => (env.services.meetings as MeetingRepo).clearAll();
  render(
    <EnvContext.Provider value={env}>
      <SettingsPage deps={{ requestHost, removeHost, storageStatus, clearAll }} />
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
