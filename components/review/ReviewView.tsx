import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Lazy } from '../ui/Lazy';

const load = () => import('./ReviewPanel').then((m) => m.ReviewPanel);

/**
 * 审核导出: review state, versions, deadlines and one-click export; its code loads on first use
 * (and the exporters only on the first export).
 */
export function ReviewView(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { t } = useEnv();
  return (
    <Lazy
      load={load}
      props={props}
      loading={t('review.loading')}
      failed={(message) => t('review.loadFailed', { message })}
    />
  );
}
