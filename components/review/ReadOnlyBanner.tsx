import { isReadOnly } from '../../lib/review-state';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';

/** Above every tab of approved minutes: why nothing can be edited and where to reopen them. */
export function ReadOnlyBanner({ meeting }: { meeting: Meeting }) {
  const { t } = useEnv();
  if (!isReadOnly(meeting)) return null;
  return (
    <p class="banner warn" role="note">
      {t('review.readOnlyBanner', { n: meeting.version })}
    </p>
  );
}
