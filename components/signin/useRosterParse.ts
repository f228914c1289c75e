import { useEffect, useRef, useState } from 'preact/hooks';
import { parseRoster, RosterReader, rosterLines, type RosterParse } from '../../lib/capture/roster';

/** How long typing must pause before the paste is read. */
export const READ_DELAY_MS = 150;
/** The longest the reading holds the page between two turns of the event loop. */
const SLICE_MS = 8;

/**
 * The pasted roster as read, a moment behind the text: the box shows each keystroke at once and
 * never waits for the reading, which starts once typing pauses and goes a slice of lines at a
 * time, giving the page back between slices (a paste of thousands of names is read while the
 * user goes on typing). `pending` says the preview is behind the text. `current()` reads the text
 * as it is now, at once, for an explicit "apply" that must not act on an older reading.
 */
export function useRosterParse(text: string, knownDepartments: readonly string[]) {
  const [state, setState] = useState<{ text: string; parsed: RosterParse | null }>({
    text: '',
    parsed: null,
  });
  const latest = useRef(state);
  latest.current = state;

  useEffect(() => {
    if (!text.trim()) {
      setState({ text, parsed: null });
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const reader = new RosterReader(knownDepartments);
    const lines = rosterLines(text);
    let next = 0;
    const slice = () => {
      const until = performance.now() + SLICE_MS;
      while (next < lines.length && (next % 16 !== 0 || performance.now() < until)) {
        reader.read(lines[next]!, next + 1);
        next++;
      }
      if (next < lines.length) timer = setTimeout(slice, 0);
      else setState({ text, parsed: reader.result() });
    };
    timer = setTimeout(slice, READ_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, knownDepartments]);

  const current = (): RosterParse | null => {
    if (latest.current.text === text) return latest.current.parsed;
    return text.trim() ? parseRoster(text, knownDepartments) : null;
  };

  return { parsed: state.parsed, pending: state.text !== text, current };
}
