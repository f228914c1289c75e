import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { MinutesDue } from './MinutesDue';
import { NextMeetingFields } from './NextMeetingFields';
import { OwnerConfirmations } from './OwnerConfirmations';
import { SummaryEditor } from './SummaryEditor';
import type { ItemWriter } from '../plan/useItemWriter';

/**
 * 会议结束: the host sums up the decisions and the action plan (a draft to edit), says when the
 * minutes go out and when the next meeting is; each owner confirms their item in the room.
 */
export function CloseOut(props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
  items: readonly ActionItem[];
  writes: ItemWriter;
  announce: (message: string) => void;
}) {
  const { meeting: m, edit } = props;
  const { t } = useEnv();
  const decisions = m.decisions.filter((d) => d.text.trim());
  return (
    <section class="card cap-close" aria-labelledby="cap-close-heading">
      <h2 id="cap-close-heading">{t('capture.close.heading')}</h2>
      <h3 id="cap-decisions-heading">{t('capture.close.decisions', { n: decisions.length })}</h3>
      {decisions.length ? (
        <ol class="cap-decisions" aria-labelledby="cap-decisions-heading">
          {decisions.map((d) => (
            <li key={d.id}>{d.text}</li>
          ))}
        </ol>
      ) : (
        <p class="empty">{t('capture.close.noDecisions')}</p>
      )}
      <OwnerConfirmations
        meeting={m}
        items={props.items}
        writes={props.writes}
        announce={props.announce}
      />
      <SummaryEditor meeting={m} edit={edit} items={props.items} announce={props.announce} />
      <MinutesDue meeting={m} />
      <NextMeetingFields meeting={m} edit={edit} />
    </section>
  );
}
