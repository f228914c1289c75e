import { formatClock, type TopicView } from '../../lib/timer/math';
import type { MeetingView } from '../../lib/timer/meeting-view';
import { useEnv } from '../ui/context';

const SHAPES = { idle: '○', normal: '●', warning: '▲', overrun: '■' } as const;

const clock = (ms: number) => formatClock(ms).replace('+', '');

/**
 * The current topic's countdown (then overrun counting up) and the whole meeting against its plan.
 * Phases differ in shape and words as well as colour. Only threshold changes are announced.
 */
export function TimerClock(props: {
  title: string;
  view: TopicView | null;
  whole: MeetingView;
  ended: boolean;
  warnMinutes: number;
}) {
  const { view, whole } = props;
  const { t, locale } = useEnv();
  const phase = view ? (view.running ? view.phase : 'idle') : 'idle';
  const words =
    phase === 'warning'
      ? t('timer.phase.warning', { n: props.warnMinutes })
      : t(`timer.phase.${phase}`);
  const time = (ms: number | null) =>
    ms === null ? '' : new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(ms);
  const delta = Math.round(whole.deltaMs / 60_000);

  return (
    <div class="clock-box" data-phase={phase}>
      {props.ended ? (
        <p class="ended">{t('timer.ended')}</p>
      ) : (
        <>
          <p class="clock-topic">
            <span aria-hidden="true">{SHAPES[phase]} </span>
            {props.title || t('agenda.untitled')}
          </p>
          <p class="clock" role="timer" aria-label={t('timer.remaining')}>
            {view ? formatClock(view.remainingMs) : '--:--'}
          </p>
          <p class="phase" aria-live="polite">
            {phase === 'warning' || phase === 'overrun' || phase === 'idle' ? words : ''}
          </p>
          <div class="progress" aria-hidden="true">
            <div
              style={{
                transform: `scaleX(${view && view.plannedMs > 0 ? Math.min(1, view.elapsedMs / view.plannedMs) : 0})`,
              }}
            />
          </div>
        </>
      )}
      <dl class="meeting-line">
        <div>
          <dt>{t('timer.elapsed')}</dt>
          <dd>{clock(whole.elapsedMs)}</dd>
        </div>
        {!props.ended && (
          <div>
            <dt>{t('timer.projectedEnd')}</dt>
            <dd>{time(whole.projectedEnd)}</dd>
          </div>
        )}
        <div>
          <dt>{t('timer.vsPlan')}</dt>
          <dd class={delta > 0 ? 'behind' : delta < 0 ? 'ahead' : ''}>
            {delta === 0
              ? t('timer.onPlan')
              : t(delta > 0 ? 'timer.behind' : 'timer.ahead', { n: Math.abs(delta) })}
          </dd>
        </div>
      </dl>
    </div>
  );
}
