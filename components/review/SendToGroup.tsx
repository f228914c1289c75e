import { useMemo, useState } from 'preact/hooks';
import { robotsTranslate } from '../../lib/i18n/robots';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Lazy } from '../ui/Lazy';

const load = () => import('../robots/SendPanel').then((m) => m.SendPanel);

/**
 * 发送到群: enabled once the minutes are approved; the panel with the group choice and the
 * preview (and the formats, the group storage, the robots' words) loads on the first click.
 */
export function SendToGroup(props: { meeting: Meeting }) {
  const { locale } = useEnv();
  const rt = useMemo(() => robotsTranslate(locale), [locale]);
  const [open, setOpen] = useState(false);
  const approved = props.meeting.review.state === 'approved';
  return (
    <section class="card send-group" aria-labelledby="send-group-h">
      <h3 id="send-group-h">{rt('send.heading')}</h3>
      {!approved && <p class="hint">{rt('send.notApproved')}</p>}
      {open && approved ? (
        <Lazy load={load} props={{ meeting: props.meeting, onClose: () => setOpen(false) }} />
      ) : (
        <button type="button" disabled={!approved} onClick={() => setOpen(true)}>
          {rt('send.open')}
        </button>
      )}
    </section>
  );
}
