import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Lazy } from '../ui/Lazy';

const load = () => import('./PlanPanel').then((m) => m.PlanPanel);

/** 行动计划表: this meeting's action items, form and table; its code loads on first use. */
export function PlanView(props: { meeting: Meeting; edit: (u: (m: Meeting) => Meeting) => void }) {
  const { t } = useEnv();
  return (
    <Lazy
      load={load}
      props={props}
      loading={t('plan.loading')}
      failed={(message) => t('plan.loadFailed', { message })}
    />
  );
}
