import { useEffect, useState } from 'preact/hooks';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../context';

type Panel = (typeof import('./ReviewPanel'))['ReviewPanel'];
let loaded: Panel | null = null;

/**
 * 审核导出: review state, versions, deadlines and one-click export. The panel's start-up budget is
 * tight and this is one tab of seven, so its code loads on first use (and the exporters only on
 * the first export).
 */
export function ReviewView(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  const { t } = useEnv();
  const [Panel, setPanel] = useState<Panel | null>(() => loaded);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    if (Panel) return;
    let alive = true;
    import('./ReviewPanel').then(
      (m) => {
        loaded = m.ReviewPanel;
        if (alive) setPanel(() => m.ReviewPanel);
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
        {t('review.loadFailed', { message: failed })}
      </p>
    );
  }
  return Panel ? <Panel {...props} /> : <p aria-live="polite">{t('review.loading')}</p>;
}
