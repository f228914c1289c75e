import type { MessageKey } from '../../lib/i18n';
import { useEnv } from '../context';

type Shortcut = [keys: string, label: MessageKey];

const INPUT: Shortcut[] = [
  ['Enter', 'capture.keys.save'],
  ['Shift+Enter', 'capture.keys.newline'],
  ['Alt+1–4', 'capture.keys.kind'],
  ['Alt+D', 'capture.keys.department'],
  ['Alt+S', 'capture.keys.speaker'],
  ['Alt+A', 'capture.keys.itemFromLast'],
  ['Ctrl+Z', 'capture.keys.undo'],
  ['Ctrl+Shift+Z', 'capture.keys.redo'],
];

const LIST: Shortcut[] = [
  ['↑ ↓', 'capture.keys.rows'],
  ['Enter', 'capture.keys.edit'],
  ['1–4', 'capture.keys.kind'],
  ['A', 'capture.keys.item'],
  ['Alt+↑ ↓', 'capture.keys.reorder'],
  ['Delete', 'capture.keys.delete'],
];

function Keys(props: { id: string; title: MessageKey; list: Shortcut[]; extra?: string }) {
  const { t } = useEnv();
  return (
    <p id={props.id} class="hint cap-keys">
      <span class="cap-keys-title">{t(props.title)}</span>
      {props.extra && <span>{props.extra}</span>}
      {props.list.map(([keys, label]) => (
        <span key={keys + label}>
          <kbd>{keys}</kbd> {t(label)}
        </span>
      ))}
    </p>
  );
}

/** The shortcuts, always in view: for the input, and for the list of points. */
export function ShortcutHint(props: { where: 'input' | 'list' }) {
  const { t } = useEnv();
  return props.where === 'input' ? (
    <Keys
      id="cap-shortcuts"
      title="capture.keys.inputTitle"
      list={INPUT}
      extra={t('capture.keys.prefixes')}
    />
  ) : (
    <Keys id="cap-row-keys" title="capture.keys.listTitle" list={LIST} />
  );
}
