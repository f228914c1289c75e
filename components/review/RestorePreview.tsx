import { useState } from 'preact/hooks';
import { countActions, type RestorePlan } from '../../lib/export/restore';
import { useEnv } from '../ui/context';

const SHOWN = 20;

/**
 * What a backup file would do, before anything is written: meetings and action items it adds,
 * those it would replace (listed, and replaced only when the box is ticked), identical ones,
 * damaged stored ones kept untouched, and the file's records that were invalid.
 */
export function RestorePreview(props: {
  plan: RestorePlan;
  busy: boolean;
  onRestore: (replace: boolean) => void;
  onCancel: () => void;
}) {
  const { plan } = props;
  const { t, locale } = useEnv();
  const sep = locale === 'zh-CN' ? ';' : '; ';
  const [replace, setReplace] = useState(false);
  const m = countActions(plan.meetings);
  const i = countActions(plan.items);
  const replacing = m.replace + i.replace;
  const writes = m.add + i.add + (replace ? replacing : 0);
  const h = plan.history;
  const kept = h.versions.length + h.distributions.length + h.planVersions.length;
  const prefs = Object.keys(h.preferences).length;
  const title = (x: { title: string }) => x.title.trim() || t('list.untitled');
  const named = plan.meetings.filter((e) => e.action === 'add' || e.action === 'replace');

  return (
    <section class="restore-preview card" aria-labelledby="restore-heading">
      <h3 id="restore-heading">{t('review.restore.preview')}</h3>
      <ul>
        <li>{t('review.restore.add', { meetings: m.add, items: i.add })}</li>
        <li>{t('review.restore.replace', { meetings: m.replace, items: i.replace })}</li>
        {m.same + i.same > 0 && <li>{t('review.restore.same', { n: m.same + i.same })}</li>}
        {m.damaged + i.damaged > 0 && (
          <li>{t('review.restore.damaged', { n: m.damaged + i.damaged })}</li>
        )}
        {kept + prefs > 0 && (
          <li>
            {t('review.restore.history', {
              versions: h.versions.length,
              plans: h.planVersions.length,
              prefs,
            })}
          </li>
        )}
        {plan.rejected.length > 0 && (
          <li>{t('review.restore.rejected', { n: plan.rejected.length })}</li>
        )}
        {plan.repaired.length > 0 && (
          <li>{t('review.restore.repaired', { n: plan.repaired.length })}</li>
        )}
      </ul>
      {named.length > 0 && (
        <ul class="restore-list">
          {named.slice(0, SHOWN).map((e) => (
            <li key={e.record.id}>
              <span class={`badge ${e.action}`}>
                {t(
                  e.action === 'add'
                    ? 'review.restore.action.add'
                    : 'review.restore.action.replace',
                )}
              </span>{' '}
              {title(e.record)}
            </li>
          ))}
          {named.length > SHOWN && (
            <li class="hint">{t('review.restore.more', { n: named.length - SHOWN })}</li>
          )}
        </ul>
      )}
      {plan.rejected.length > 0 && (
        <details>
          <summary>{t('review.restore.rejectedDetails')}</summary>
          <ul class="restore-list">
            {plan.rejected.slice(0, SHOWN).map((r) => (
              <li key={`${r.collection}-${r.index}`}>
                {t('review.restore.recordLine', {
                  what: t(`review.restore.collection.${r.collection}`),
                  n: r.index + 1,
                  why: t(`review.restore.record.${r.reason}`),
                })}{' '}
                <code>{r.detail.slice(0, 200)}</code>
              </li>
            ))}
          </ul>
        </details>
      )}
      {plan.repaired.length > 0 && (
        <details>
          <summary>{t('review.restore.repairedDetails')}</summary>
          <ul class="restore-list">
            {plan.repaired.slice(0, SHOWN).map((r) => (
              <li key={`${r.collection}-${r.index}`}>
                {t('review.restore.recordLine', {
                  what: t(`review.restore.collection.${r.collection}`),
                  n: r.index + 1,
                  why: r.repairs.map((x) => t(`review.restore.repair.${x}`)).join(sep),
                })}
              </li>
            ))}
          </ul>
        </details>
      )}
      {replacing > 0 && (
        <label class="check">
          <input
            type="checkbox"
            checked={replace}
            onChange={(e) => setReplace(e.currentTarget.checked)}
          />{' '}
          {t('review.restore.consent', { n: replacing })}
        </label>
      )}
      <div class="backup-actions">
        <button
          type="button"
          class="primary"
          disabled={props.busy || writes + kept + prefs === 0}
          onClick={() => props.onRestore(replace)}
        >
          {t('review.restore.confirm', { n: writes })}
        </button>
        <button type="button" onClick={props.onCancel}>
          {t('review.cancel')}
        </button>
      </div>
    </section>
  );
}
