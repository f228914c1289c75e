import type { MessageKey } from '../../lib/i18n';
import { CAPTURE_INPUT_KEYS, CAPTURE_LIST_KEYS, type Shortcut } from '../../lib/shortcuts';
import { useEnv } from '../ui/context';

function Keys(props: { id: string; title: MessageKey; list: readonly Shortcut[]; extra?: string }) {
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

/** The shortcuts, always in view: for the input, and for the list of points (lib/shortcuts.ts). */
export function ShortcutHint(props: { where: 'input' | 'list' }) {
  const { t } = useEnv();
  return props.where === 'input' ? (
    <Keys
      id="cap-shortcuts"
      title="capture.keys.inputTitle"
      list={CAPTURE_INPUT_KEYS}
      extra={t('capture.keys.prefixes')}
    />
  ) : (
    <Keys id="cap-row-keys" title="capture.keys.listTitle" list={CAPTURE_LIST_KEYS} />
  );
}
