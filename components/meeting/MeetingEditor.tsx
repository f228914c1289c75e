import { useEffect, useRef, useState } from 'preact/hooks';
import { BasicInfoForm } from './BasicInfoForm';
import { useEnv } from '../ui/context';
import { SaveStatus } from './SaveStatus';
import { Tabs } from '../ui/Tabs';
import { TimerPanel } from '../timer/TimerPanel';
import { Guard, named } from '../ui/Guard';
import { Lazy } from '../ui/Lazy';
import { isReadOnly } from '../../lib/review-state';
import { ReadOnlyBanner } from '../review/ReadOnlyBanner';
import { PlanView } from '../plan/PlanView';
import { ReviewView } from '../review/ReviewView';

// Views loaded when their tab is first opened (each its own chunk, components/ui/Lazy.tsx): all
// but basic information and the timer, the two a meeting opens on (start-up budget,
// test/build/budgets.test.ts).
const agenda = () => import('../agenda/AgendaEditor').then((m) => m.AgendaEditor);
const signIn = () => import('../signin/SignInView').then((m) => m.SignInView);
const capture = () => import('../capture/CaptureView').then((m) => m.CaptureView);
import { useDraft } from './useDraft';

/** The sections in the order of the method: before (basic, agenda), during, after. */
export type Section = 'basic' | 'agenda' | 'signin' | 'timer' | 'capture' | 'plan' | 'review';

/**
 * One meeting's minutes, in sections: basic information, agenda (before), timer (during); opened
 * on `tab` when given (a search hit, components/search/route.ts).
 */
export function MeetingEditor({
  id,
  tab,
  onBack,
}: {
  id: string;
  tab?: Section;
  onBack: () => void;
}) {
  const { t, locale, services } = useEnv();
  const { load, edit, flush, restore } = useDraft(id);
  const [section, setSection] = useState<Section | null>(tab ?? null);
  const ready = load.kind === 'ready' ? load.meeting : null;
  const stored = load.kind === 'ready' && load.state.kind === 'saved';

  // While this meeting runs, meeting pages show its agenda: once a change of the title or the
  // agenda is stored, the timer writer mirrors it from the record (and repairs a live state left
  // behind, when the meeting is opened). Not while unsaved: the writer reads the record.
  const mirrored = useRef('');
  useEffect(() => {
    if (!ready || !stored) return;
    const key = JSON.stringify([
      ready.id,
      ready.title,
      ready.topics.map((x) => [x.id, x.title, x.plannedMinutes]),
    ]);
    if (key === mirrored.current) return;
    mirrored.current = key;
    void services.timer.refresh(ready.id, locale);
  }, [ready?.id, ready?.title, ready?.topics, stored, locale, services]);

  const tabs: { key: Section; label: string }[] = [
    { key: 'basic', label: t('editor.basicInfo') },
    { key: 'agenda', label: t('agenda.heading') },
    { key: 'signin', label: t('editor.tab.signin') },
    { key: 'timer', label: t('timer.heading') },
    { key: 'capture', label: t('editor.tab.capture') },
    { key: 'plan', label: t('editor.tab.plan') },
    { key: 'review', label: t('editor.tab.review') },
  ];
  const running =
    load.kind === 'ready' && !!load.meeting.timing.startedAt && !load.meeting.timing.endedAt;
  const shown: Section = section ?? (running ? 'timer' : 'basic');

  return (
    <div class="editor">
      <header class="bar">
        <button type="button" class="link" onClick={onBack}>
          ← {t('editor.back')}
        </button>
        {load.kind === 'ready' && (
          <SaveStatus state={load.state} mergedAt={load.mergedAt} onRestore={restore} />
        )}
      </header>
      {load.kind === 'ready' && (
        <h1 class="editor-title">{load.meeting.title || t('list.untitled')}</h1>
      )}
      {load.kind === 'loading' && <p aria-live="polite">{t('editor.loading')}</p>}
      {load.kind === 'missing' && <p role="alert">{t('editor.notFound')}</p>}
      {load.kind === 'damaged' && (
        <p role="alert">{t('editor.damaged', { reason: load.reason })}</p>
      )}
      {load.kind === 'ready' && <ReadOnlyBanner meeting={load.meeting} />}
      {load.kind === 'ready' && (
        <Tabs label={t('editor.sections')} selected={shown} onSelect={setSection} tabs={tabs}>
          {/* Approved minutes are read-only everywhere but the review tab (where they reopen);
              the capture tab disables its own controls, so that its topics can still be read. */}
          <fieldset
            class="tab-body"
            disabled={shown !== 'review' && shown !== 'capture' && isReadOnly(load.meeting)}
          >
            <Guard
              key={shown}
              reset={load.meeting}
              what={t('guard.tab', {
                tab: tabs.find((x) => x.key === shown)?.label ?? shown,
                meeting: named(load.meeting.title, '', t('list.untitled')),
              })}
            >
              {shown === 'basic' && <BasicInfoForm meeting={load.meeting} edit={edit} />}
              {shown === 'agenda' && <Lazy load={agenda} props={{ meeting: load.meeting, edit }} />}
              {shown === 'signin' && <Lazy load={signIn} props={{ meeting: load.meeting, edit }} />}
              {shown === 'timer' && <TimerPanel meeting={load.meeting} flush={flush} />}
              {shown === 'capture' && (
                <Lazy load={capture} props={{ meeting: load.meeting, edit }} />
              )}
              {shown === 'plan' && <PlanView meeting={load.meeting} edit={edit} />}
              {shown === 'review' && <ReviewView meeting={load.meeting} edit={edit} />}
            </Guard>
          </fieldset>
        </Tabs>
      )}
    </div>
  );
}
