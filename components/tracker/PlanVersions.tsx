import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { snapshotPlan, type PlanVersion } from '../../lib/plan/versions';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Field } from '../ui/Field';
import { useTracker } from './context';
import { VersionView } from './VersionView';

/**
 * 计划版本: after a major change (policy, goal) the plan is re-made; the plan as it stood is
 * archived first as a numbered version, readable as it was and comparable with the current one.
 */
export function PlanVersions(props: { meetingId: string; onBack: () => void }) {
  const { meetingId } = props;
  const { t, locale, services } = useEnv();
  const { versions: store } = useTracker();
  const [meeting, setMeeting] = useState<Meeting | null>(null);
  const [items, setItems] = useState<ActionItem[]>([]);
  const [versions, setVersions] = useState<PlanVersion[] | null>(null);
  const [damaged, setDamaged] = useState(0);
  const [reason, setReason] = useState('');
  const [open, setOpen] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const [m, list, stored] = await Promise.all([
      services.meetings.get(meetingId),
      services.items.listByMeeting(meetingId),
      store.list(meetingId),
    ]);
    setMeeting(m && !('reason' in m) ? m : null);
    setItems(list.items);
    setVersions(stored.versions);
    setDamaged(stored.damaged);
  }, [meetingId, services, store]);
  useEffect(() => {
    void load().catch((e: unknown) => setError(String(e)));
    return services.changes.subscribe((m) => m.from !== services.viewId && void load());
  }, [load, services]);

  const archive = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await store.add(snapshotPlan(items, meetingId, services.now(), reason.trim()));
      setReason('');
      await load();
    } catch (err) {
      setError(services.isQuotaError(err) ? t('plan.saveQuota') : t('plan.saveFailed'));
    }
  };

  const title = meeting?.title || t('plan.untitledMeeting');
  return (
    <section class="card versions" aria-labelledby="versions-heading">
      <button type="button" class="link" onClick={props.onBack}>
        ← {t('plan.tracker.back')}
      </button>
      <h2 id="versions-heading">{t('plan.versions.heading', { title })}</h2>
      <p class="hint">{t('plan.versions.intro')}</p>
      {error && (
        <p class="banner error" role="alert">
          {error}
        </p>
      )}
      {damaged > 0 && <p class="banner warn">{t('plan.damaged', { count: damaged })}</p>}
      <form class="archive" onSubmit={archive}>
        <Field
          id="version-reason"
          label={t('plan.versions.reason')}
          placeholder={t('plan.versions.reasonHint')}
          value={reason}
          onInput={setReason}
        />
        <button type="submit" class="primary" disabled={versions === null}>
          {t('plan.versions.archive', { n: (versions?.length ?? 0) + 1, count: items.length })}
        </button>
      </form>
      {versions?.length === 0 && <p class="empty">{t('plan.versions.none')}</p>}
      <ol class="version-list">
        {[...(versions ?? [])].reverse().map((v) => {
          const n = (versions ?? []).indexOf(v) + 1;
          return (
            <li key={v.id}>
              <p>
                <strong>{t('plan.versions.name', { n })}</strong> ·{' '}
                {formatDateTime(v.createdAt, locale)} ·{' '}
                {t('plan.versions.items', { count: v.items.length })}
                {v.reason && <> · {v.reason}</>}{' '}
                <button
                  type="button"
                  aria-expanded={open === v.id}
                  onClick={() => setOpen(open === v.id ? null : v.id)}
                >
                  {t(open === v.id ? 'plan.versions.hide' : 'plan.versions.show', { n })}
                </button>
              </p>
              {open === v.id && <VersionView version={v} current={items} n={n} />}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
