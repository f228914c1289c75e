import { useRef, useState } from 'preact/hooks';
import type { WebDavTranslate } from '../../lib/i18n/webdav';
import { fieldLabel, valueText } from '../../lib/sync/field-label';
import type { SyncConflict } from '../../lib/sync/status';
import { truncate } from '../../lib/sync/view';
import { useEnv } from '../ui/context';

type Choice = SyncConflict['kept'];

/** Past this many characters a value shows its start and a button to see all of it. */
const SHORT = 100;

/**
 * 两台电脑都改了同一处: each field both computers changed since they last agreed, with the
 * record it belongs to, both values side by side as text, which one the merge kept for now, and
 * a button to keep either (issue 18: never drop one silently).
 */
export function SyncConflicts(props: {
  w: WebDavTranslate;
  conflicts: readonly SyncConflict[];
  onResolve: (c: SyncConflict, choice: Choice) => Promise<boolean>;
}) {
  const { w } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // The row and its buttons go once chosen: focus moves to the list's heading, from where Tab
  // reaches the next conflict.
  const onResolve = (c: SyncConflict, choice: Choice) =>
    props.onResolve(c, choice).then((ok) => {
      if (ok) heading.current?.focus();
      return ok;
    });
  return (
    <div class="sync-conflicts">
      <h3 id="s-sync-conflicts" tabIndex={-1} ref={heading}>
        {w('sync.conflicts.heading')}
      </h3>
      <p class="hint">{w('sync.conflicts.hint')}</p>
      <ul aria-labelledby="s-sync-conflicts">
        {props.conflicts.map((c) => (
          <Conflict key={`${c.kind}|${c.id}|${c.path}`} w={w} c={c} onResolve={onResolve} />
        ))}
      </ul>
    </div>
  );
}

function Conflict(props: {
  w: WebDavTranslate;
  c: SyncConflict;
  onResolve: (c: SyncConflict, choice: Choice) => Promise<boolean>;
}) {
  const { w, c } = props;
  const { t } = useEnv();
  const [busy, setBusy] = useState(false);
  // The person's settings are one document: the field alone says which.
  const title = c.kind === 'person' ? '' : c.title.trim() || w('sync.conflict.untitled');
  const field = fieldLabel(t, c.kind, c.path);
  const keep = (choice: Choice) => {
    setBusy(true);
    void props.onResolve(c, choice).finally(() => setBusy(false));
  };
  const button = (choice: Choice) => {
    const text = w(choice === 'local' ? 'sync.conflict.keepLocal' : 'sync.conflict.keepRemote');
    return (
      <button
        type="button"
        disabled={busy}
        aria-label={w('sync.conflict.keepLabel', {
          choice: text,
          field,
          title: title || w(`sync.conflict.${c.kind}`),
        })}
        onClick={() => keep(choice)}
      >
        {text}
      </button>
    );
  };
  return (
    <li class="sync-conflict">
      <p class="sync-conflict-what">
        <span class="hint">{w(`sync.conflict.${c.kind}`)}</span>{' '}
        {title && (
          <>
            <strong>{title}</strong>
            {' · '}
          </>
        )}
        {field}
      </p>
      <div class="sync-sides">
        <Side w={w} side="local" value={c.local} kept={c.kept === 'local'} />
        <Side w={w} side="remote" value={c.remote} kept={c.kept === 'remote'} />
      </div>
      <div class="row">
        {button('local')}
        {button('remote')}
      </div>
    </li>
  );
}

function Side(props: { w: WebDavTranslate; side: Choice; value: unknown; kept: boolean }) {
  const { w } = props;
  const [all, setAll] = useState(false);
  const text = valueText(props.value);
  const short = truncate(text, SHORT);
  return (
    <div class={props.kept ? 'sync-side kept' : 'sync-side'}>
      <p class="sync-side-name">
        {w(`sync.conflict.${props.side}`)}
        {props.kept && <span class="badge">{w('sync.conflict.kept')}</span>}
      </p>
      <p class={text ? 'sync-value' : 'sync-value empty'}>
        {text ? (all ? text : short.text) : w('sync.conflict.empty')}
      </p>
      {short.cut && (
        <button type="button" class="link" aria-expanded={all} onClick={() => setAll(!all)}>
          {w(all ? 'sync.conflict.less' : 'sync.conflict.more')}
        </button>
      )}
    </div>
  );
}
