import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { OutboxMessage } from '../../lib/outbox/types';
import { minutesMessages } from '../../lib/robots/compose-minutes';
import { defaultGroupFor } from '../../lib/robots/groups';
import type { RobotsView } from '../../lib/robots/services';
import type { ActionItem, Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { useRobots } from './context';
import { batchResult, useBatch } from './useBatch';

const hostOf = (url: string) => new URL(url).host;

/**
 * 发送到群: pick the group (the series' default first), see exactly what will be posted (each
 * part as text), then queue it in the outbox; the result follows the stored messages.
 */
export function SendPanel(props: {
  meeting: Meeting;
  onClose: () => void;
  /** The minutes are out: read the sent marks again (the background records them). */
  onSent?: () => void;
  /** Whether the background has recorded this send's mark yet. */
  recorded?: (batch: string) => boolean;
}) {
  const { meeting } = props;
  const { locale, services } = useEnv();
  const { robots, rt } = useRobots();
  const [view, setView] = useState<RobotsView | null>(null);
  const [items, setItems] = useState<ActionItem[] | null>(null);
  const [groupId, setGroupId] = useState('');
  const [makeDefault, setMakeDefault] = useState(false);
  const [notice, setNotice] = useState('');
  const [ids, setIds] = useState<string[]>([]);
  const batch = useBatch(ids);
  const result = batchResult(batch);
  const latest = useRef(props);
  latest.current = props;
  const done = result.state === 'sent' ? batch[0]!.batch : null;
  // The background records the mark just after the last part is stored as sent: read the marks
  // again on each outbox poll (a new `batch`, useBatch) until this send's mark is there.
  useEffect(() => {
    const { onSent, recorded } = latest.current;
    if (done && !recorded?.(done)) onSent?.();
  }, [batch, done]);
  useEffect(() => {
    void robots.read().then((v) => {
      setView(v);
      setGroupId(defaultGroupFor(v, meeting.series) ?? v.groups[0]?.id ?? '');
    });
    void services.items.listByMeeting(meeting.id).then((r) => setItems(r.items));
  }, [robots, services, meeting.id, meeting.series]);
  const group = view?.groups.find((g) => g.id === groupId) ?? null;
  const preview: OutboxMessage[] = useMemo(
    () => (group && items ? minutesMessages(group, meeting, items, locale, services.now()) : []),
    [group, items, meeting, locale, services],
  );
  if (!view || !items) return <p aria-live="polite">…</p>;
  if (!view.groups.length) {
    return (
      <div class="send-panel">
        <p>{rt('send.noGroups')}</p>
        <button type="button" onClick={() => services.openPage('/options.html#s-groups')}>
          {rt('send.openSettings')}
        </button>
      </div>
    );
  }
  const isDefault = group !== null && defaultGroupFor(view, meeting.series) === group.id;

  const send = () => {
    if (!group || !preview.length) return;
    // No await before the request: the browser only prompts inside the user's click.
    void robots.requestHost(group.webhook).then(async (granted) => {
      if (!granted) return setNotice(rt('send.denied', { host: hostOf(group.webhook) }));
      if (makeDefault && meeting.series.trim())
        await robots.setSeriesDefault(meeting.series, group.id);
      await robots.enqueue(preview);
      setIds(preview.map((m) => m.id));
      setNotice(rt('send.queued', { parts: preview.length, name: group.name }));
    });
  };
  const status = () => {
    if (!group) return notice;
    switch (result.state) {
      case 'pending':
        return rt('send.progress', { sent: result.sent, parts: result.parts, name: group.name });
      case 'sent':
        return rt('send.progress', { sent: result.parts, parts: result.parts, name: group.name });
      case 'failed':
        return rt('send.failed', { error: result.error });
      case 'unknown':
        return rt('outbox.state.unknown');
      default:
        return notice;
    }
  };

  return (
    <div class="send-panel">
      <div class="field">
        <label for="send-group">{rt('send.group')}</label>
        <select
          id="send-group"
          value={groupId}
          disabled={ids.length > 0}
          onChange={(e) => setGroupId(e.currentTarget.value)}
        >
          {view.groups.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name} ({rt(`groups.platform.${g.platform}`)})
            </option>
          ))}
        </select>
      </div>
      {meeting.series.trim() && !isDefault && (
        <label class="check">
          <input
            type="checkbox"
            checked={makeDefault}
            onChange={(e) => setMakeDefault(e.currentTarget.checked)}
          />
          {rt('send.makeDefault', { series: meeting.series.trim() })}
        </label>
      )}
      <h4>{rt('send.preview')}</h4>
      <ol class="send-preview" aria-label={rt('send.preview')}>
        {preview.map((m) => (
          <li key={m.id}>
            <p class="hint">{rt('send.partHeading', { part: m.part, parts: m.parts })}</p>
            <pre class="outbox-preview">{m.preview}</pre>
          </li>
        ))}
      </ol>
      <div class="row">
        <button type="button" disabled={!preview.length || ids.length > 0} onClick={send}>
          {rt('send.confirm', { parts: preview.length })}
        </button>
        <button type="button" onClick={props.onClose}>
          {rt('groups.cancel')}
        </button>
      </div>
      <p role="status">{status()}</p>
    </div>
  );
}
