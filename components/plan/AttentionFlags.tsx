import type { AttentionFlag } from '../../lib/plan/filter';
import { useEnv } from '../ui/context';

/** What an open item lacks to be a real commitment: owner, due date, the owner's yes. */
export function AttentionFlags({ flags }: { flags: readonly AttentionFlag[] }) {
  const { t } = useEnv();
  if (flags.length === 0) return null;
  return (
    <span class="flags">
      {flags.map((f) => (
        <span key={f} class={`flag flag-${f}`}>
          ⚠ {t(`plan.flag.${f}`)}
        </span>
      ))}
    </span>
  );
}
