import { useEffect } from 'preact/hooks';
import type { Section } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { useHash } from '../ui/useHash';
import { Lazy, preload } from '../ui/Lazy';

/**
 * The editor is its own chunk (6.6 KB gzip of the panel's start-up, test/build/budgets.test.ts):
 * the list paints without it, then it loads (`App`'s effect runs after the first paint); a panel
 * opened on a meeting starts loading it beside the services (entrypoints/sidepanel/main.tsx).
 */
export const editor = () => import('./MeetingEditor').then((m) => m.MeetingEditor);

// Search across all minutes: its own chunk, loaded when opened (start-up budget).
const view = () => import('../search/SearchView');
const search = () => view().then((m) => m.SearchView);
const go = (hash: string) => (location.hash = hash);

/**
 * Routes by the location hash (`#/meeting/<id>`, optionally `/<tab>/<element>` from a search
 * hit; `#/search`), so a reload or a second tab lands in place.
 */
export function App() {
  const hash = useHash();
  useEffect(() => preload(editor), []);

  const [, id, tab, target] = /^#\/meeting\/([\w-]+)(?:\/(\w+)(?:\/([\w-]+))?)?$/.exec(hash) ?? [];
  useEffect(() => void (target && view().then((m) => m.land(target))), [hash]);
  return (
    <main class="app">
      {id ? (
        <Lazy
          key={id}
          load={editor}
          props={{ id, tab: tab as Section | undefined, onBack: () => go('') }}
        />
      ) : hash === '#/search' ? (
        <Lazy load={search} props={{ onOpen: go, onClose: () => go('') }} />
      ) : (
        <MeetingList onOpen={(meetingId) => go(`#/meeting/${meetingId}`)} />
      )}
    </main>
  );
}
