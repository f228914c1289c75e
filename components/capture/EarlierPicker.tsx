import { useMemo, useState } from 'preact/hooks';
import { pickableItems } from '../../lib/capture/series';
import type { ActionItem } from '../../lib/schema';
import { useEnv } from '../ui/context';

/** Adds another open item (another series, or none) to this meeting's review. */
export function EarlierPicker(props: {
  items: readonly ActionItem[];
  meetingId: string;
  listed: readonly ActionItem[];
  onPick: (item: ActionItem) => void;
}) {
  const { t } = useEnv();
  const [query, setQuery] = useState('');
  const found = useMemo(() => {
    if (!query.trim()) return [];
    const listed = new Set(props.listed.map((i) => i.id));
    return pickableItems(props.items, props.meetingId, listed, query);
  }, [props.items, props.meetingId, props.listed, query]);

  return (
    <div class="cap-pick">
      <label for="cap-pick">{t('capture.earlier.pick')}</label>
      <input
        id="cap-pick"
        type="search"
        value={query}
        placeholder={t('capture.earlier.pickPlaceholder')}
        onInput={(e) => setQuery(e.currentTarget.value)}
      />
      {query.trim() !== '' && (
        <ul class="cap-pick-results" aria-live="polite">
          {found.length === 0 && <li class="empty">{t('capture.earlier.pickNone')}</li>}
          {found.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                onClick={() => {
                  props.onPick(item);
                  setQuery('');
                }}
              >
                {t('capture.earlier.add', { task: item.task })}
                {item.ownerName && ` · ${item.ownerName}`}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
