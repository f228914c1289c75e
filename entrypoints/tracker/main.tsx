import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EnvContext } from '../../components/ui/context';
import { TrackerContext } from '../../components/tracker/context';
import { TrackerApp } from '../../components/tracker/TrackerApp';
import { buildEnv } from '../../lib/adapters/env';
import type { StorageLike } from '../../lib/adapters/live-store';
import { planVersionStore } from '../../lib/adapters/plan-versions';
import { shelves } from '../../lib/adapters/shelf';
import { trackerPrefs } from '../../lib/adapters/tracker-prefs';
import '../sidepanel/style.css';

// The tracker page (an extension tab): every action item, the weekly review, reminder settings.
void buildEnv().then((env) => {
  document.title = env.t('plan.tracker.heading');
  const api = browser as unknown as StorageLike;
  const tracker = { prefs: trackerPrefs(api), versions: planVersionStore(shelves(api)) };
  render(
    <EnvContext.Provider value={env}>
      <TrackerContext.Provider value={tracker}>
        <TrackerApp />
      </TrackerContext.Provider>
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
