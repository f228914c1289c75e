import { useEffect } from 'preact/hooks';
import { MeetingList } from './MeetingList';
import { useHash } from '../ui/useHash';
import { Lazy, preload } from '../ui/Lazy';

/**
 * The editor is its own chunk (6.6 KB gzip of the panel's start-up, test/build/budgets.test.ts):
 * the list paints without it, then it loads (`App`'s effect runs after the first paint); a panel
 * opened on a meeting starts loading it beside the services (entrypoints/sidepanel/main.tsx).
 */
export const editor = () => import('./MeetingEditor').then((m) => m.MeetingEditor);

/** Routes by the location hash (`#/meeting/<id>`), so a reload or a second tab lands in place. */
export function App() {
  const hash = useHash();
  useEffect(() => preload(editor), []);

  const id = /^#\/meeting\/([\w-]+)$/.exec(hash)?.[1];
  return (
    <main class="app">
      {id ? (
        <Lazy key={id} load={editor} props={{ id, onBack: () => (location.hash = '') }} />
      ) : (
        <MeetingList onOpen={(meetingId) => (location.hash = `#/meeting/${meetingId}`)} />
      )}
    </main>
  );
}
