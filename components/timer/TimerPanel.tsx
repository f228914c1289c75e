import { useEffect, useRef, useState } from 'preact/hooks';
import type { AlertSettings } from '../../lib/timer/live';
import type { TimerAction } from '../../lib/timer/actions';
import { topicView } from '../../lib/timer/math';
import { meetingView } from '../../lib/timer/meeting-view';
import type { Meeting } from '../../lib/schema';
import { AlertSettingsForm } from './AlertSettingsForm';
import { useEnv } from '../ui/context';
import { TimerClock } from './TimerClock';
import { TopicTimes } from './TopicTimes';
import { useNow } from '../ui/useNow';

/**
 * 会中计时: start the meeting, run topics in order, pause, go back, extend, end. Every button sends
 * a command to the timer writer (lib/timer/writer.ts), which stores the timestamps in the meeting
 * and the live state the page overlay shows; this view shows the meeting as it comes back.
 */
export function TimerPanel(props: { meeting: Meeting; flush: () => Promise<void> }) {
  const { meeting: m, flush } = props;
  const { t, locale, services } = useEnv();
  const [alerts, setAlerts] = useState<AlertSettings | null>(null);
  useEffect(() => void services.settings.read().then((s) => setAlerts(s.alerts)), [services]);

  const { timing } = m;
  const active = !!timing.startedAt && !timing.endedAt;
  const now = useNow(services.now, active);
  const current = m.topics.find((x) => x.id === timing.currentTopicId) ?? null;
  const warnMs = (alerts?.warnMinutes ?? 2) * 60_000;
  const view = current ? topicView(timing, current, now, warnMs) : null;
  const whole = meetingView(timing, m.topics, now);

  // Chime once when the current topic crosses a threshold while it runs.
  const lastPhase = useRef(view?.phase);
  useEffect(() => {
    const phase = view?.running ? view.phase : undefined;
    if (
      alerts?.chime &&
      phase !== lastPhase.current &&
      (phase === 'warning' || phase === 'overrun')
    ) {
      services.chime(phase);
    }
    lastPhase.current = phase;
  }, [view?.phase, view?.running, alerts?.chime, services]);

  // The writer applies the command to the stored meeting: the agenda just typed is stored first.
  // A refusal or a failed write (a full disk) is said here; the meeting shows what was stored.
  const [failed, setFailed] = useState<string | null>(null);
  const run = (action: TimerAction) =>
    void flush()
      .then(() => services.timer.run(m.id, action, locale))
      .then((reply) => setFailed(reply.ok ? null : reply.reason));

  return (
    <section class="card timer" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('timer.heading')}</h2>
      {!timing.startedAt && (
        <button
          type="button"
          class="primary big"
          disabled={m.topics.length === 0}
          onClick={() => run({ type: 'startMeeting' })}
        >
          ▶ {t('timer.startMeeting')}
        </button>
      )}
      {!timing.startedAt && m.topics.length === 0 && <p class="hint">{t('timer.needTopics')}</p>}
      {failed !== null && <p role="alert">{t('timer.failed', { reason: failed })}</p>}
      {timing.startedAt && (
        <TimerClock
          title={current?.title ?? ''}
          view={view}
          whole={whole}
          ended={!!timing.endedAt}
          warnMinutes={alerts?.warnMinutes ?? 2}
        />
      )}
      {active && (
        <div class="timer-controls" role="group" aria-label={t('timer.controls')}>
          {view?.running ? (
            <button type="button" onClick={() => run({ type: 'pause' })}>
              ‖ {t('timer.pause')}
            </button>
          ) : (
            <button type="button" onClick={() => run({ type: 'resume' })}>
              ▶ {t('timer.resume')}
            </button>
          )}
          <button
            type="button"
            onClick={() => run({ type: 'back' })}
            disabled={m.topics[0]?.id === current?.id}
          >
            ◀ {t('timer.back')}
          </button>
          <button
            type="button"
            onClick={() => run({ type: 'next' })}
            disabled={m.topics.at(-1)?.id === current?.id}
          >
            ▶▶ {t('timer.next')}
          </button>
          <button
            type="button"
            onClick={() => run({ type: 'extend', minutes: 1 })}
            aria-label={t('timer.extendBy', { n: 1 })}
          >
            +1′
          </button>
          <button
            type="button"
            onClick={() => run({ type: 'extend', minutes: 5 })}
            aria-label={t('timer.extendBy', { n: 5 })}
          >
            +5′
          </button>
          <button type="button" class="danger" onClick={() => run({ type: 'endMeeting' })}>
            ■ {t('timer.endMeeting')}
          </button>
        </div>
      )}
      {timing.endedAt && (
        <button type="button" onClick={() => run({ type: 'startMeeting' })}>
          {t('timer.continueMeeting')}
        </button>
      )}
      <TopicTimes
        meeting={m}
        now={now}
        onStart={active ? (topicId) => run({ type: 'startTopic', topicId }) : undefined}
      />
      {alerts && (
        <AlertSettingsForm
          alerts={alerts}
          onChange={(next) => {
            setAlerts(next);
            // Meeting pages follow once the settings are stored (the writer reads them there).
            void services.settings
              .writeAlerts(next)
              .then(() => services.timer.refresh(m.id, locale));
          }}
        />
      )}
    </section>
  );
}
