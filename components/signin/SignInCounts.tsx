import type { AttendanceCounts } from '../../lib/capture/signin';
import { useEnv } from '../ui/context';

/** Who is here: present, late, absent (with substitutes), not yet signed in. */
export function SignInCounts(props: { counts: AttendanceCounts; total: number }) {
  const { t } = useEnv();
  const c = props.counts;
  if (!props.total) return null;
  return (
    <p class="cap-counts">
      {t('capture.signin.counts', {
        total: props.total,
        present: c.present,
        late: c.late,
        absent: c.absent,
        substitutes: c.substitutes,
        unknown: c.unknown,
      })}
    </p>
  );
}
