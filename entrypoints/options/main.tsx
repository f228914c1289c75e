import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EnvContext } from '../../components/ui/context';
import { ReviewContext } from '../../components/review/context';
import { SettingsPage } from '../../components/settings/SettingsPage';
import { TrackerContext } from '../../components/tracker/context';
import { removeHost, requestHost } from '../../lib/adapters/custom-hosts';
import { buildEnv } from '../../lib/adapters/env';
import type { StorageLike } from '../../lib/adapters/live-store';
import { planVersionStore } from '../../lib/adapters/plan-versions';
import { shelves } from '../../lib/adapters/shelf';
import { trackerPrefs } from '../../lib/adapters/tracker-prefs';
import { reviewServices } from '../../lib/adapters/review-services';
import { deleteEverything } from '../../lib/adapters/wipe';
import { storageStatus } from '../../lib/store/persist';
import { storageChangeFeed } from '../../lib/store/storage-feed';
import '../sidepanel/style.css';

// The settings page (options_ui, opened in a tab). First-party, so the repository is the real one.
// It also holds the review tab's export preferences and backup (ReviewContext) and the tracker's
// reminder timing (TrackerContext), built here on the same storage as on their own pages.
void buildEnv().then((env) => {
  document.title = env.t('settings.title');
  const api = browser as unknown as StorageLike;
  const onShelves = shelves(api);
  const tracker = { prefs: trackerPrefs(api), versions: planVersionStore(onShelves) };
  // Then every open view reads again (the message key goes once sent: lib/store/storage-feed.ts).
  const clearAll = async () => {
    await deleteEverything(api);
    storageChangeFeed(api).publish({ kind: 'reset', from: env.services.viewId });
  };
  render(
    <EnvContext.Provider value={env}>
      <ReviewContext.Provider value={reviewServices(api, onShelves)}>
        <TrackerContext.Provider value={tracker}>
          <SettingsPage deps={{ requestHost, removeHost, storageStatus, clearAll }} />
        </TrackerContext.Provider>
      </ReviewContext.Provider>
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
