import { render } from 'preact';
import { browser } from 'wxt/browser';
import { EnvContext } from '../../components/ui/context';
import { ReviewContext } from '../../components/review/context';
import { PrintPage } from '../../components/review/PrintPage';
import { buildEnv } from '../../lib/adapters/env';
import type { StorageLike } from '../../lib/adapters/live-store';
import { reviewServices } from '../../lib/adapters/review-services';
import { parsePrintRoute } from '../../lib/export/printRoute';

// The print page (PDF), an extension tab: print.html#meeting=<id>&locale=<zh-CN|en>&version=<n>.
void buildEnv().then((env) => {
  document.title = env.t('review.print.title');
  render(
    <EnvContext.Provider value={env}>
      <ReviewContext.Provider value={reviewServices(browser as unknown as StorageLike)}>
        <PrintPage
          route={parsePrintRoute(location.hash)}
          print={() => window.print()}
          setTitle={(title) => (document.title = title)}
        />
      </ReviewContext.Provider>
    </EnvContext.Provider>,
    document.getElementById('app')!,
  );
});
