import { useEffect } from 'preact/hooks';
import { MeetingEditor, type Section } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { Lazy } from '../ui/Lazy';
import { useHash } from '../ui/useHash';

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

  const [, id, tab, target] = /^#\/meeting\/([\w-]+)(?:\/(\w+)(?:\/([\w-]+))?)?$/.exec(hash) ?? [];
  useEffect(() => void (target && view().then((m) => m.land(target))), [hash]);
  return (
    <main class="app">
      {id ? (
        <MeetingEditor key={id} id={id} tab={tab as Section} onBack={() => go('')} />
      ) : hash === '#/search' ? (
        <Lazy load={search} props={{ onOpen: go, onClose: () => go('') }} />
      ) : (
        <MeetingList onOpen={(meetingId) => go(`#/meeting/${meetingId}`)} />
      )}
    </main>
  );
}
