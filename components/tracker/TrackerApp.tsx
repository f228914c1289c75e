import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ActionItem, Status } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Guard, named } from '../ui/Guard';
import { useItemWriter } from '../plan/useItemWriter';
import { useTracker } from './context';
import { ItemDetail } from './ItemDetail';
import { PlanVersions } from './PlanVersions';
import { EMPTY_FILTER } from './query';
import { useRoute } from './route';
import { TrackerFilters } from './TrackerFilters';
import { TrackerHeader } from './TrackerHeader';
import { TrackerTable } from './TrackerTable';
import { useItem } from './useItem';
import { Lazy } from '../ui/Lazy';
import { useTrackerData } from './useTrackerData';
import { useTrackerQuery } from './useTrackerQuery';
import { WeeklyReview } from './WeeklyReview';
import '../plan/plan.css';
import './tracker.css';

// Search across all minutes, the panel's view (its own chunk); a hit opens the meeting there.
const search = () => import('../search/SearchView').then((m) => m.SearchView);

/**
 * 行动项跟踪: every action item of every meeting. The list reads one page at a time through the
 * item indexes (useTrackerQuery.ts), the item page reads its item alone, and only the weekly
 * review reads every item, so 20,000 items open as fast as 1,000 (test/bench/scale-sweep.run.ts).
 */
export function TrackerApp() {
  const { t, services } = useEnv();
  const { prefs } = useTracker();
  const { hash, route, go } = useRoute();
  const data = useTrackerData(route.view === 'review');
  const writer = useItemWriter();
  const q = useTrackerQuery(data.meetings);
  const one = useItem(route.view === 'item' ? route.id : null);
  const [by, setBy] = useState('');
  const [queue, setQueue] = useState<string[] | null>(null);
  const [preset, setPreset] = useState<{ id: string; status: Status } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => void prefs.readUser().then(setBy), [prefs]);
  useEffect(() => {
    // A link to a bucket or a meeting (the summary reminder: #due=overdue) sets the filter.
    if (route.view === 'list' && (route.due || route.meetingId)) {
      q.setFilter({ ...EMPTY_FILTER, due: route.due ?? '', meetingId: route.meetingId ?? '' });
    }
  }, [hash]);
  useEffect(() => {
    // Opened at #review (a reload, a bookmark): the queue is the unfinished items, as filtered.
    if (route.view === 'review' && queue === null) void q.unfinished().then(setQueue);
  }, [route.view]);

  const startReview = () =>
    void q.unfinished().then((ids) => {
      setQueue(ids);
      go({ view: 'review' });
    });
  const toList = (focusId?: string) => {
    go({ view: 'list', due: null, meetingId: null });
    if (focusId) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>(`[data-item="${focusId}"] [data-col="task"]`)?.focus(),
      );
    }
  };
  const onStatus = (item: ActionItem, status: Status, select: HTMLSelectElement) => {
    if (status === 'delayed') {
      select.value = item.status; // 延期 needs a reason and a date: asked for on the item's page
      setPreset({ id: item.id, status });
      return go({ view: 'item', id: item.id });
    }
    setError(null);
    writer.update(item, { status }, { by, meetingId: null }).then(
      (r) => r.ok && q.reload(),
      (e: unknown) =>
        setError(services.isQuotaError(e) ? t('plan.saveQuota') : t('plan.saveFailed')),
    );
  };
  const byId = useMemo(() => new Map((data.items ?? []).map((i) => [i.id, i])), [data.items]);
  const mode = route.view === 'list' ? 'list' : route.view === 'review' ? 'review' : 'other';
  const current = route.view === 'item' ? one.item : undefined;
  const error2 = data.error ?? q.error ?? error;
  const damaged = Math.max(data.damaged, q.damaged);

  return (
    <main class="app tracker">
      <TrackerHeader
        mode={mode}
        by={by}
        onBy={(name) => {
          setBy(name);
          void prefs.writeUser(name);
        }}
        onList={() => toList()}
        onReview={startReview}
        onSearch={() => setSearching(true)}
      />
      {searching && (
        <Lazy
          load={search}
          props={{
            onOpen: (route) => services.openPage(`/sidepanel.html${route}`),
            onClose: () => setSearching(false),
          }}
        />
      )}
      {error2 && (
        <p class="banner error" role="alert">
          {error2}
        </p>
      )}
      {damaged > 0 && <p class="banner warn">{t('plan.damaged', { count: damaged })}</p>}
      {((route.view === 'list' && q.rows === null) ||
        (route.view === 'review' && (data.items === null || queue === null)) ||
        (current === undefined && route.view === 'item')) && (
        <p aria-live="polite">{t('plan.loading')}</p>
      )}
      {q.rows && route.view === 'list' && (
        <Guard what={t('guard.view', { name: t('plan.tracker.heading') })}>
          <TrackerFilters
            value={q.filter}
            onChange={q.setFilter}
            facets={q.options}
            meetings={data.meetings}
          />
          <TrackerTable
            rows={q.rows}
            total={q.total}
            page={q.page}
            onPage={q.setPage}
            sort={{ key: q.filter.sort, desc: q.filter.desc }}
            onSort={(s) => q.setFilter({ ...q.filter, sort: s.key, desc: s.desc })}
            today={q.today}
            meetings={data.meetings}
            onOpen={(item) => go({ view: 'item', id: item.id })}
            onStatus={onStatus}
          />
        </Guard>
      )}
      {route.view === 'item' && current === null && <p role="alert">{t('plan.tracker.missing')}</p>}
      {current && (
        <Guard
          key={current.id}
          reset={current}
          what={t('guard.item', { name: named(current.task, current.id, t('plan.noTask')) })}
        >
          <ItemDetail
            item={current}
            by={by}
            preset={preset?.id === current.id ? preset.status : undefined}
            meetings={data.meetings}
            onSaved={one.put}
            onBack={() => toList(current.id)}
          />
        </Guard>
      )}
      {data.items && queue && route.view === 'review' && (
        <Guard what={t('guard.view', { name: t('plan.weekly.heading') })}>
          <WeeklyReview
            key={queue?.join() ?? ''}
            queue={queue ?? []}
            items={byId}
            meetings={data.meetings}
            by={by}
            today={q.today}
            onSaved={data.put}
            onDone={() => toList()}
          />
        </Guard>
      )}
      {route.view === 'versions' && (
        <Guard
          what={t('plan.versions.heading', {
            title: named(data.meetings.get(route.meetingId)?.title, route.meetingId, ''),
          })}
        >
          <PlanVersions meetingId={route.meetingId} onBack={() => toList()} />
        </Guard>
      )}
    </main>
  );
}
