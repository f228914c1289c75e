import { memo } from './memo';
import { useRef, useState } from 'preact/hooks';
import { parsePrefix, prefixHint, readPrefixes, type PrefixHint } from '../../lib/capture/prefix';
import type { NewPoint } from '../../lib/capture/points';
import { useEnv } from '../ui/context';
import { composing } from './keys';
import type { PointKind } from './kinds';
import { PointDefaults } from './PointDefaults';
import { PrefixHintList } from './PrefixHintList';
import { WillRecord } from './WillRecord';

export type PointDraft = Omit<NewPoint, 'topicId'>;
type Prefix = Pick<ReturnType<typeof parsePrefix>, 'department' | 'speaker' | 'kind'>;

const KIND_CODES: Record<string, PointKind> = {
  Digit1: 'viewpoint',
  Digit2: 'disagreement',
  Digit3: 'consensus',
  Digit4: 'decision',
};
const cycle = (list: readonly string[], current: string, back: boolean) => {
  const all = ['', ...list];
  const i = all.indexOf(current);
  return all[(i + (back ? -1 : 1) + all.length) % all.length] ?? '';
};

/**
 * The talking-point input. It keeps its text to itself until Enter, so typing re-renders nothing
 * else (not even itself, unless what the prefix says changes): a long meeting stays instant.
 */
export const PointInput = memo(function PointInput(props: {
  label: string;
  departments: string[];
  speakers: string[];
  departmentOf: (speaker: string) => string;
  onAdd: (point: PointDraft) => boolean;
  onItemFromLast: () => void;
}) {
  const { departments, speakers } = props;
  const { t, locale } = useEnv();
  const box = useRef<HTMLTextAreaElement>(null);
  const [department, setDepartment] = useState('');
  const [speaker, setSpeaker] = useState('');
  const [kind, setKind] = useState<PointKind>('viewpoint');
  const [hint, setHint] = useState<PrefixHint | null>(null);
  const [choice, setChoice] = useState(0);
  const [prefix, setPrefix] = useState<Prefix>({});
  const last = useRef('');

  const sync = (dismiss = false) => {
    const value = box.current?.value ?? '';
    const h = dismiss ? null : prefixHint(value, departments, speakers, locale);
    // Not the text: only what the prefixes say, which costs the same at any length of the point.
    const p = readPrefixes(value, departments, speakers);
    const next = { department: p.department, speaker: p.speaker, kind: p.kind };
    const key = JSON.stringify([h, next]);
    if (key === last.current) return;
    last.current = key;
    setHint(h);
    setChoice(0);
    setPrefix(next);
  };

  const accept = (insert: string) => {
    const el = box.current!;
    el.value = el.value.slice(0, hint!.from) + insert;
    el.setSelectionRange(el.value.length, el.value.length);
    sync();
  };

  /** A prefix says it for this point; else the defaults; a known speaker brings a department. */
  const effective = (p: Prefix) => {
    const who = p.speaker ?? speaker.trim();
    const dept =
      p.department ??
      ((p.speaker && props.departmentOf(p.speaker)) ||
        department.trim() ||
        props.departmentOf(who));
    return { department: dept, speaker: who, kind: p.kind ?? kind };
  };

  const submit = () => {
    const el = box.current!;
    const p = parsePrefix(el.value, departments, speakers);
    if (!p.text || !props.onAdd({ ...effective(p), text: p.text })) return;
    el.value = '';
    setKind('viewpoint'); // 分歧/共识/决议 are single statements; the department and speaker stay
    sync();
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (composing(e)) return;
    const candidates = hint?.candidates ?? [];
    if (candidates.length && !e.altKey && !e.ctrlKey && !e.metaKey) {
      const move = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
      if (move) {
        e.preventDefault();
        return setChoice((c) => (c + move + candidates.length) % candidates.length);
      }
      if ((e.key === 'Enter' || e.key === 'Tab') && !e.shiftKey) {
        e.preventDefault();
        return accept(candidates[choice]!.insert);
      }
      if (e.key === 'Escape') {
        e.preventDefault();
        return sync(true);
      }
    }
    if (e.key === 'Enter' && !e.shiftKey && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      return submit();
    }
    if (!e.altKey || e.ctrlKey || e.metaKey) return;
    const k = KIND_CODES[e.code];
    if (k) setKind(k);
    else if (e.code === 'KeyD') setDepartment((d) => cycle(departments, d, e.shiftKey));
    else if (e.code === 'KeyS') setSpeaker((s) => cycle(speakers, s, e.shiftKey));
    else if (e.code === 'KeyA') props.onItemFromLast();
    else return;
    e.preventDefault();
  };

  const listId = 'cap-hint-list';
  const open = !!hint?.candidates.length;
  return (
    <div class="cap-input">
      <PointDefaults
        department={department}
        speaker={speaker}
        kind={kind}
        onDepartment={setDepartment}
        onSpeaker={setSpeaker}
        onKind={setKind}
      />
      <label for="cap-point-text" class="cap-input-label">
        {props.label}
      </label>
      <textarea
        id="cap-point-text"
        data-bench="capture-input"
        ref={box}
        rows={2}
        maxLength={10_000}
        placeholder={t('capture.input.placeholder')}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${choice}` : undefined}
        aria-describedby="cap-will-record cap-shortcuts"
        onInput={() => sync()}
        onKeyDown={onKeyDown}
      />
      <PrefixHintList id={listId} hint={hint} choice={choice} onPick={accept} />
      <WillRecord {...effective(prefix)} />
    </div>
  );
});
