import { useEnv } from '../ui/context';

/** "1–50 of 5,000" with previous/next: the table renders one page, never thousands of rows. */
export function Pager(props: {
  page: number;
  size: number;
  total: number;
  onPage: (page: number) => void;
  /** Announce the range when it changes (one pager per page does). */
  live?: boolean;
}) {
  const { page, size, total } = props;
  const { t, locale } = useEnv();
  const n = (x: number) => x.toLocaleString(locale);
  const last = Math.max(0, Math.ceil(total / size) - 1);
  return (
    <nav class="pager" aria-label={t('plan.pager.label')}>
      <button type="button" disabled={page <= 0} onClick={() => props.onPage(page - 1)}>
        ← {t('plan.pager.prev')}
      </button>
      <span role={props.live ? 'status' : undefined}>
        {total === 0
          ? t('plan.pager.none')
          : t('plan.pager.range', {
              from: n(page * size + 1),
              to: n(Math.min(total, (page + 1) * size)),
              total: n(total),
            })}
      </span>
      <button type="button" disabled={page >= last} onClick={() => props.onPage(page + 1)}>
        {t('plan.pager.next')} →
      </button>
    </nav>
  );
}
