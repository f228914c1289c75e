import { useEffect, useMemo, useState } from 'preact/hooks';
import { itemsToReview, recordReview } from '../../lib/capture/series';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { EarlierItemRow } from './EarlierItemRow';
import { EarlierPicker } from './EarlierPicker';
import type { ItemWriter } from '../plan/useItemWriter';

/**
 * 上次会议待办事项进展: the open items of the series' earlier meetings (and any picked), each with
 * a quick status update recorded in the item's history and in these minutes. Open at the start,
 * while some are not yet gone through.
 */
export function EarlierReview(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  items: ActionItem[] | null;
  failed: boolean;
  writes: ItemWriter;
  announce: (message: string) => void;
  readOnly: boolean;
}) {
  const { meeting: m, items, edit } = props;
  const { t, services } = useEnv();
  const listed = useMemo(() => (items ? itemsToReview(items, m) : []), [items, m]);
  const reviews = new Map(m.earlierReview.map((r) => [r.actionItemId, r]));
  const pending = listed.filter((i) => !reviews.has(i.id)).length;
  // Open at first while some are not yet gone through, from the same render that lists them (an
  // effect opened it a frame later: a row focused in between was still hidden). Then kept as
  // the user leaves it.
  const [open, setOpen] = useState<boolean | null>(null);
  const shown = open ?? (items ? pending > 0 : false);
  useEffect(() => {
    if (items && open === null) setOpen(pending > 0);
  }, [items, open, pending]);

  const pick = (item: ActionItem) => {
    edit((d) =>
      recordReview(d, {
        actionItemId: item.id,
        status: item.status,
        note: '',
        delayReason: item.status === 'delayed' ? item.delayReason : '',
        revisedDueDate: item.status === 'delayed' ? item.revisedDueDate : null,
        at: services.now().toISOString(),
      }),
    );
    props.announce(t('capture.earlier.picked', { task: item.task }));
  };

  return (
    <details class="card cap-earlier" open={shown} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <h2 id="cap-earlier-heading">{t('capture.earlier.heading')}</h2>
        {listed.length > 0 && (
          <span class="cap-count">
            {t('capture.earlier.count', { done: listed.length - pending, total: listed.length })}
          </span>
        )}
      </summary>
      {props.failed && <p role="alert">{t('capture.items.failed')}</p>}
      {!items && !props.failed && <p aria-live="polite">{t('capture.loading')}</p>}
      {items && listed.length === 0 && (
        <p class="empty">
          {m.series.trim() ? t('capture.earlier.none') : t('capture.earlier.noSeries')}
        </p>
      )}
      {/* Approved minutes: the section still opens, to be read; nothing in it changes. */}
      <fieldset class="tab-body" disabled={props.readOnly}>
        {listed.length > 0 && (
          <ol class="cap-earlier-list" aria-labelledby="cap-earlier-heading">
            {listed.map((item) => (
              <Guard
                key={item.id}
                as="li"
                reset={item}
                what={t('guard.item', { name: named(item.task, item.id, t('plan.noTask')) })}
              >
                <EarlierItemRow
                  item={item}
                  review={reviews.get(item.id) ?? null}
                  meeting={m}
                  edit={edit}
                  writes={props.writes}
                  announce={props.announce}
                />
              </Guard>
            ))}
          </ol>
        )}
        {items && <EarlierPicker items={items} meetingId={m.id} listed={listed} onPick={pick} />}
      </fieldset>
    </details>
  );
}
