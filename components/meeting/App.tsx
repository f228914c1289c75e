import { MeetingEditor } from './MeetingEditor';
import { MeetingList } from './MeetingList';
import { useHash } from '../ui/useHash';

/** Routes by the location hash (`#/meeting/<id>`), so a reload or a second tab lands in place. */
export function App() {
  const hash = useHash();

  const id = /^#\/meeting\/([\w-]+)$/.exec(hash)?.[1];
  return (
    <main class="app">
      {id ? (
        <MeetingEditor key={id} id={id} onBack={() => (location.hash = '')} />
      ) : (
        <MeetingList onOpen={(meetingId) => (location.hash = `#/meeting/${meetingId}`)} />
      )}
    </main>
  );
}
