import { useState } from 'preact/hooks';
import { formatDateTime } from '../../lib/format';
import { preNoticeText } from '../../lib/prenotice';
import type { Meeting } from '../../lib/schema';
import { deadlineState, workingDaysBefore } from '../../lib/workdays';
import { useEnv } from '../ui/context';

/** 会议预通知: the generated text, a copy button, and whether its 3-working-day deadline passed. */
export function PreNotice({ meeting }: { meeting: Meeting }) {
  const { t, locale, services } = useEnv();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const text = preNoticeText(meeting, t, locale);
  const due = meeting.startAt ? workingDaysBefore(new Date(meeting.startAt), 3) : null;
  const state = due ? deadlineState(due, services.now()) : null;

  const copy = () =>
    services.copyText(text).then(
      () => setCopied('ok'),
      () => setCopied('failed'),
    );

  return (
    <section class="notice" aria-labelledby="notice-heading">
      <h3 id="notice-heading">{t('notice.heading')}</h3>
      {due && state && (
        <p class={`deadline ${state}`}>
          {t(`notice.due.${state}`, { date: formatDateTime(due.toISOString(), locale) })}
        </p>
      )}
      <textarea readOnly rows={10} aria-label={t('notice.text')} value={text} />
      <button type="button" onClick={copy}>
        {t('notice.copy')}
      </button>
      <span role="status" class="hint">
        {copied && t(copied === 'ok' ? 'notice.copied' : 'notice.copyFailed')}
      </span>
    </section>
  );
}
