import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import type { SearchResults } from '../../lib/store/search';
import type { Snippet } from '../../lib/search/snippet';
import { useEnv } from '../ui/context';
import { hitRoute } from './route';
import { searchText } from './strings';
import './search.css';

export { land } from './land';

/** Meetings shown per page of results; "show more" adds as many. */
const PAGE = 20;
/** Searching waits for a pause in typing this long (a query per key would pile up). */
const PAUSE_MS = 150;

type State =
  | { kind: 'idle' }
  | { kind: 'done'; query: string; results: SearchResults }
  | { kind: 'error'; message: string };

/**
 * Search across all minutes (issue 16), keyboard first: the box has the focus, ↑ ↓ move through
 * the hits, Enter opens one (its meeting at that tab and point, components/search/route.ts),
 * Escape closes. Matches are marked with <mark> elements built from the snippet's ranges.
 */
export function SearchView(props: { onOpen: (route: string) => void; onClose: () => void }) {
  const { locale, services } = useEnv();
  const s = useMemo(() => searchText(locale), [locale]);
  const [query, setQuery] = useState('');
  const [limit, setLimit] = useState(PAGE);
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [active, setActive] = useState(0);
  const box = useRef<HTMLInputElement>(null);

  useEffect(() => box.current?.focus(), []);
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setBusy(false);
      return setState({ kind: 'idle' });
    }
    let alive = true;
    const timer = setTimeout(() => {
      setBusy(true);
      services.meetings.search(q, limit).then(
        (results) => {
          if (!alive) return;
          setBusy(false);
          setState({ kind: 'done', query: q, results });
        },
        (e: unknown) => {
          if (!alive) return;
          setBusy(false);
          setState({ kind: 'error', message: String(e) });
        },
      );
    }, PAUSE_MS);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [query, limit, services]);

  const results = state.kind === 'done' ? state.results.results : [];
  const options = results.flatMap((r) => r.hits.map((hit) => ({ meetingId: r.meeting.id, hit })));
  const current = Math.min(active, Math.max(0, options.length - 1));
  useEffect(() => {
    document.getElementById(`search-opt-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [current, options.length]);

  const open = (i: number) => {
    const o = options[i];
    if (o) props.onOpen(hitRoute(o.meetingId, o.hit));
  };
  const onKey = (e: KeyboardEvent) => {
    const move = { ArrowDown: 1, ArrowUp: -1 }[e.key];
    if (move && options.length) {
      e.preventDefault();
      setActive((current + move + options.length) % options.length);
    } else if (e.key === 'Enter' && options.length) {
      e.preventDefault();
      open(current);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      props.onClose();
    }
  };

  let status = '';
  if (busy) status = s('searching');
  else if (state.kind === 'error') status = s('failed', { message: state.message });
  else if (state.kind === 'done') {
    const count = state.results.candidates;
    if (!results.length) status = s('none', { query: state.query });
    else if (results.length < count && results.length >= limit)
      status = s('countMore', { shown: results.length, count });
    else status = s('count', { count: results.length });
  }
  const more = state.kind === 'done' && results.length >= limit && state.results.candidates > limit;
  let index = -1;

  return (
    <section class="search" aria-labelledby="search-heading" onKeyDown={onKey}>
      <header class="bar">
        <h1 id="search-heading">{s('heading')}</h1>
        <button type="button" class="link" onClick={props.onClose}>
          {s('close')}
        </button>
      </header>
      <label for="search-q" class="search-label">
        {s('label')}
      </label>
      <input
        id="search-q"
        ref={box}
        type="search"
        role="combobox"
        autocomplete="off"
        maxLength={200}
        aria-autocomplete="list"
        aria-controls="search-results"
        aria-expanded={options.length > 0}
        aria-activedescendant={options.length ? `search-opt-${current}` : undefined}
        aria-describedby="search-hint"
        placeholder={s('placeholder')}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setLimit(PAGE);
          setActive(0);
        }}
      />
      <p id="search-hint" class="search-hint">
        {s('hint')}
      </p>
      <p class="search-status" role="status" aria-live="polite">
        {status}
      </p>
      <div id="search-results" role="listbox" aria-label={s('heading')} class="search-results">
        {results.map((r) => (
          <div role="group" key={r.meeting.id} aria-labelledby={`search-m-${r.meeting.id}`}>
            <div class="search-meeting" role="presentation" id={`search-m-${r.meeting.id}`}>
              <strong>{r.meeting.title || s('untitled')}</strong>{' '}
              <span class="search-when">
                {formatDateTime(r.meeting.startAt ?? r.meeting.updatedAt, locale)}
              </span>
            </div>
            {r.hits.map((hit) => {
              const i = ++index;
              return (
                <div
                  key={`${hit.kind}-${hit.refId ?? i}`}
                  id={`search-opt-${i}`}
                  role="option"
                  class="search-hit"
                  aria-selected={i === current}
                  onClick={() => open(i)}
                  onMouseMove={() => i !== current && setActive(i)}
                >
                  <span class="search-where">
                    {s(`kind.${hit.kind}`)}
                    {hit.topic && ` · ${hit.topic}`}
                  </span>
                  <Marked snippet={hit.snippet} />
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {more && (
        <button type="button" class="link" onClick={() => setLimit((n) => n + PAGE)}>
          {s('more')}
        </button>
      )}
    </section>
  );
}

/** The snippet as text nodes and <mark> elements (never HTML). */
function Marked({ snippet }: { snippet: Snippet }) {
  const parts: (string | preact.JSX.Element)[] = [];
  let at = 0;
  snippet.marks.forEach(([a, b], i) => {
    parts.push(snippet.text.slice(at, a), <mark key={i}>{snippet.text.slice(a, b)}</mark>);
    at = b;
  });
  parts.push(snippet.text.slice(at));
  return (
    <span class="search-snippet">
      {snippet.cutBefore && '…'}
      {parts}
      {snippet.cutAfter && '…'}
    </span>
  );
}
