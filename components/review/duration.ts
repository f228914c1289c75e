import type { Translate } from '../../lib/i18n';

/** A span of time in words, to the minute: "1 h 20 min", "2 d 3 h" / "1小时20分钟", "2天3小时". */
export function durationText(ms: number, t: Translate): string {
  const minutes = Math.max(0, Math.round(ms / 60_000));
  const d = Math.floor(minutes / 1440);
  const h = Math.floor((minutes % 1440) / 60);
  const m = minutes % 60;
  if (d > 0) return t('review.duration.dh', { d, h });
  return h > 0 ? t('review.duration.hm', { h, m }) : t('review.duration.m', { m });
}
