import type { PrefixHint } from '../../lib/capture/prefix';
import { useEnv } from '../ui/context';
import { KIND_KEYS, type PointKind } from './kinds';

/** Completions of the prefix being typed (@部门, #发言人, !类型); ↑/↓ choose, Tab or Enter take. */
export function PrefixHintList(props: {
  id: string;
  hint: PrefixHint | null;
  choice: number;
  onPick: (insert: string) => void;
}) {
  const { t } = useEnv();
  const { hint } = props;
  if (!hint?.candidates.length) return <div id={props.id} hidden />;
  const label = (value: string) =>
    hint.field === 'kind' ? t(KIND_KEYS[value as PointKind]) : value;
  return (
    <ul id={props.id} role="listbox" class="cap-hints" aria-label={t(`capture.hint.${hint.field}`)}>
      {hint.candidates.map((c, i) => (
        <li
          key={c.value}
          id={`${props.id}-${i}`}
          role="option"
          aria-selected={i === props.choice}
          onMouseDown={(e) => {
            e.preventDefault(); // keep the focus in the input
            props.onPick(c.insert);
          }}
        >
          {label(c.value)}
        </li>
      ))}
    </ul>
  );
}
