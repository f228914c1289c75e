import { useEffect, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../context';

type Panel = (typeof import('./PlanPanel'))['PlanPanel'];
let loaded: Panel | null = null;

/**
 * 行动计划表: this meeting's action items, form and table. The panel's start-up budget is tight
 * and the plan is one tab of seven, so its code loads on first use (then stays loaded).
 */
export function PlanView(props: { meeting: Meeting; edit: (u: (m: Meeting) => Meeting) => void }) {
  const { t } = useEnv();
  const [Panel, setPanel] = useState<Panel | null>(() => loaded);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (Panel) return;
    let alive = true;
    import('./PlanPanel').then(
      (m) => {
        loaded = m.PlanPanel;
        if (alive) setPanel(() => m.PlanPanel);
      },
      (e: unknown) => alive && setFailed(String(e)),
    );
    return () => {
      alive = false;
    };
  }, [Panel]);
  if (failed) {
    return (
      <p class="banner error" role="alert">
        {t('plan.loadFailed', { message: failed })}
      </p>
    );
  }
  return Panel ? <Panel {...props} /> : <p aria-live="polite">{t('plan.loading')}</p>;
}
