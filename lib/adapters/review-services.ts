/**
 * What the review tab and the print page need beyond the panel's services: earlier versions of
 * the minutes and the export preferences, both in `storage.local`. Entry points build it with
 * `reviewServices(browser)` and provide it (components/review/context.ts); tests pass fakes.
 */
import { browser } from 'wxt/browser';
import { exportPrefsStore, type ExportPrefsStore } from './export-prefs';
import type { StorageLike } from './live-store';
import { versionStore, type VersionStore } from './versions';

export interface ReviewServices {
  versions: VersionStore;
  prefs: ExportPrefsStore;
}

export const reviewServices = (api: Pick<StorageLike, 'storage'>): ReviewServices => ({
  versions: versionStore(api),
  prefs: exportPrefsStore(api),
});

let fromBrowser: ReviewServices | null = null;

/** The same, on this page's own `browser.storage`, for a page that did not provide them. */
export function browserReviewServices(): ReviewServices {
  fromBrowser ??= reviewServices(browser as unknown as StorageLike);
  return fromBrowser;
}
