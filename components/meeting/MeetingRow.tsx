import { useState } from 'preact/hooks';
import type { ItemCount } from '../../lib/store/item-counts';
import type { MeetingSummary } from '../../lib/store/meetings';
import { useEnv } from '../ui/context';

/** One meeting in the list: open it, rename it in place, or delete it. */
export function MeetingRow(props: {
  meeting: MeetingSummary;
  when: string;
  /** Its action items, once counted. */
  items?: ItemCount;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDelete: () => void;
}) {
  const { meeting: m, when } = props;
  const { t } = useEnv();
  const [renaming, setRenaming] = useState(false);
  const [draft, setDraft] = useState(m.title);
  const title = m.title || t('list.untitled');

  if (renaming) {
    const commit = () => {
      setRenaming(false);
      if (draft !== m.title) props.onRename(draft);
    };
    return (
      <li class="meeting-row">
        <form
          class="rename"
          onSubmit={(e) => {
            e.preventDefault();
            commit();
          }}
        >
          <input
            aria-label={t('list.renameLabel', { title })}
            value={draft}
            autoFocus
            onInput={(e) => setDraft(e.currentTarget.value)}
            onKeyDown={(e) => e.key === 'Escape' && setRenaming(false)}
          />
          <button type="submit">{t('list.renameSave')}</button>
          <button type="button" onClick={() => setRenaming(false)}>
            {t('list.renameCancel')}
          </button>
        </form>
      </li>
    );
  }

  return (
    <li class="meeting-row">
      <div class="summary">
        <button
          type="button"
          class="open title"
          onClick={props.onOpen}
          aria-label={t('list.open', { title })}
        >
          {title}
        </button>
        <span class="meta">
          <span class={`badge ${m.reviewState}`}>{t(`review.${m.reviewState}`)}</span>
          <span>{when}</span>
          {m.series && <span>{m.series}</span>}
          {!!props.items?.total && (
            <span class={props.items.open ? 'items open' : 'items'}>
              {props.items.open
                ? t('list.items.open', { count: props.items.total, open: props.items.open })
                : t('list.items.done', { count: props.items.total })}
            </span>
          )}
        </span>
      </div>
      <div class="actions">
        <button
          type="button"
          onClick={() => {
            setDraft(m.title);
            setRenaming(true);
          }}
        >
          {t('list.rename')}
        </button>
        <button
          type="button"
          aria-label={t('list.deleteLabel', { title })}
          onClick={props.onDelete}
        >
          {t('list.delete')}
        </button>
      </div>
    </li>
  );
}
