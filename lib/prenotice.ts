/**
 * 会议预通知: the pre-notice text sent 3 working days ahead (goal, agenda with planned times,
 * expected length, time/place/link, what each attendee must prepare). Plain text, so it pastes
 * into any chat, OA or e-mail as it is.
 */
import { formatDateTime } from './format';
import type { Locale, Translate } from './i18n';
import type { Meeting } from './schema/meeting';

export function preNoticeText(m: Meeting, t: Translate, locale: Locale): string {
  const lines: string[] = [];
  const total = m.topics.reduce((s, x) => s + x.plannedMinutes, 0);
  lines.push(`${t('notice.heading')}${m.title ? `: ${m.title}` : ''}`, '');
  if (m.goal) lines.push(`${t('field.goal')}: ${m.goal}`);
  if (m.startAt) {
    const end = m.endAt ? ` – ${formatDateTime(m.endAt, locale)}` : '';
    lines.push(`${t('notice.time')}: ${formatDateTime(m.startAt, locale)}${end}`);
  }
  const place = [m.room, m.platform ? t(`platform.${m.platform}`) : '', m.link].filter(Boolean);
  if (place.length) lines.push(`${t('notice.place')}: ${place.join(' / ')}`);
  if (m.host) lines.push(`${t('field.host')}: ${m.host}${m.hostTitle ? ` (${m.hostTitle})` : ''}`);
  lines.push(`${t('notice.length')}: ${t('notice.minutes', { n: total })}`, '');
  if (m.topics.length) {
    lines.push(`${t('notice.agenda')}:`);
    m.topics.forEach((x, i) => {
      const owner = [x.ownerName, x.ownerDepartment].filter(Boolean).join(' / ');
      lines.push(
        `${i + 1}. ${x.title || t('agenda.untitled')} (${t('notice.minutes', { n: x.plannedMinutes })}${owner ? `, ${owner}` : ''})`,
      );
    });
    lines.push('');
  }
  const prep = m.topics.filter((x) => x.materials.trim());
  if (prep.length) {
    lines.push(`${t('notice.prepare')}:`);
    for (const x of prep) {
      const who = x.ownerName || x.ownerDepartment || t('notice.everyone');
      lines.push(`- ${who}: ${x.materials.trim()} (${x.title})`);
    }
    lines.push('');
  }
  lines.push(t('notice.rules', { n: m.topicCapMinutes }));
  return lines.join('\n').trim() + '\n';
}
