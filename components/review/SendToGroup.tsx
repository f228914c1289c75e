import { useMemo, useState } from 'preact/hooks';
import type { Distribution } from '../../lib/adapters/versions';
import { robotsTranslate } from '../../lib/i18n/robots';
import type { Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { Lazy } from '../ui/Lazy';
import { SentTo } from './SentTo';

const load = () => import('../robots/SendPanel').then((m) => m.SendPanel);

/**
 * 发送到群: enabled once the minutes are approved; the panel with the group choice and the
 * preview (and the formats, the group storage, the robots' words) loads on the first click.
 * Below it, the groups this version was posted to (the background marks a post as sent when its
 * last part is out: lib/outbox/distribution.ts); `onSent` reads the marks again.
 */
export function SendToGroup(props: {
  meeting: Meeting;
  sent?: readonly Distribution[];
  onSent?: () => void;
}) {
  const { meeting, sent = [], onSent } = props;
  const { locale } = useEnv();
  const rt = useMemo(() => robotsTranslate(locale), [locale]);
  const [open, setOpen] = useState(false);
  const approved = meeting.review.state === 'approved';
  const posts = sent.filter((d) => d.version === meeting.version && d.channel);
  const recorded = (batch: string) => sent.some((d) => d.send === batch);
  return (
    <section class="card send-group" aria-labelledby="send-group-h">
      <h3 id="send-group-h">{rt('send.heading')}</h3>
      {!approved && <p class="hint">{rt('send.notApproved')}</p>}
      {open && approved ? (
        <Lazy load={load} props={{ meeting, onClose: () => setOpen(false), onSent, recorded }} />
      ) : (
        <button type="button" disabled={!approved} onClick={() => setOpen(true)}>
          {rt('send.open')}
        </button>
      )}
      {posts.length > 0 && (
        <ul class="sent-to">
          {posts.map((d) => (
            <li key={d.send ?? d.at}>
              <SentTo mark={d} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
