import { useState } from 'preact/hooks';
import { mergeRoster } from '../../lib/capture/roster';
import { newId, type Attendee, type Meeting } from '../../lib/schema';
import { useEnv } from '../ui/context';
import { mod } from '../capture/keys';
import { RosterPreview } from './RosterPreview';
import { useRosterParse } from './useRosterParse';

/**
 * A list pasted in the template's own format (市场部:张三、李四;销售部:王五 /
 * 赵六(销售部,出差)——由钱七代参会), shown as understood before it is applied. What cannot be read
 * is listed, and stays in the box after applying, to fix and apply again. The preview follows the
 * typing a moment behind it (useRosterParse): the box itself never waits for the reading.
 */
export function RosterPaste(props: {
  attendees: readonly Attendee[];
  knownDepartments: readonly string[];
  edit: (u: (m: Meeting) => Meeting) => void;
  announce: (message: string) => void;
}) {
  const { t } = useEnv();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(props.attendees.length === 0);
  const { parsed, pending, current } = useRosterParse(text, props.knownDepartments);

  const apply = () => {
    const parsed = current();
    if (!parsed?.attendees.length) return;
    let added = 0;
    let updated = 0;
    props.edit((m) => {
      const next = mergeRoster(m.attendees, parsed.attendees, newId);
      if (next === m.attendees) return m;
      added = next.length - m.attendees.length;
      updated = m.attendees.filter((a, i) => next[i] !== a).length;
      return { ...m, attendees: next };
    });
    setText(parsed.unparsed.map((u) => u.text).join('\n'));
    const kept = parsed.unparsed.length;
    props.announce(
      t('capture.paste.applied', { added, updated }) +
        (kept ? ` ${t('capture.paste.kept', { n: kept })}` : ''),
    );
  };

  return (
    <details class="cap-paste" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('capture.paste.heading')}</summary>
      <div class="field">
        <label for="signin-paste">{t('capture.paste.label')}</label>
        <textarea
          id="signin-paste"
          rows={4}
          value={text}
          placeholder={t('capture.paste.placeholder')}
          aria-describedby="signin-paste-hint"
          onInput={(e) => setText(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (mod(e) && e.key === 'Enter') {
              e.preventDefault();
              apply();
            }
          }}
        />
        <p id="signin-paste-hint" class="hint">
          {t('capture.paste.hint')}
        </p>
      </div>
      {parsed && <RosterPreview parsed={parsed} existing={props.attendees} pending={pending} />}
      <button
        type="button"
        class="primary"
        disabled={!parsed?.attendees.length && !pending}
        aria-keyshortcuts="Control+Enter Meta+Enter"
        onClick={apply}
      >
        {t('capture.paste.apply', { n: parsed?.attendees.length ?? 0 })}
      </button>
    </details>
  );
}
