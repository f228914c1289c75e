import { fireEvent } from '@testing-library/preact';
import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { newTopic } from '../../lib/agenda';
import type { Attendee, Meeting } from '../../lib/schema';
import { seedMeeting } from './fixtures';

type View = FunctionComponent<{ meeting: Meeting; edit: (u: (m: Meeting) => Meeting) => void }>;

/**
 * Hosts a view the way MeetingEditor does: `edit` applies the update at once (as the autosave
 * does) and re-renders with the new meeting. `state.meeting` is the current document.
 */
export function host(initial: Meeting, View: View) {
  const state = { meeting: initial, edits: 0 };
  let set: ((m: Meeting) => void) | null = null;
  const edit = (update: (m: Meeting) => Meeting) => {
    state.meeting = update(state.meeting);
    state.edits++;
    set?.(state.meeting);
  };
  function Host() {
    const [m, setM] = useState(initial);
    set = setM;
    return <View meeting={m} edit={edit} />;
  }
  return { state, edit, ui: <Host /> };
}

const person = (name: string, department: string, extra: Partial<Attendee> = {}): Attendee => ({
  id: `a-${name}`,
  name,
  department,
  role: 'executor',
  attendance: 'present',
  absenceReason: '',
  substitute: '',
  ...extra,
});

/** The seed's meeting (docs/DOMAIN.md) signed in, its agenda set and the timer on the Q2 review. */
export function seedWithAgenda(): Meeting {
  const titles = ['Q2推广活动复盘', 'Q3推广目标及策略讨论', '部门分工与资源协调', '行动计划确认'];
  const topics = titles.map((title, i) => newTopic({ id: `t${i + 1}`, title }));
  return {
    ...seedMeeting(),
    topics,
    attendees: [
      person('张三', '市场部', { role: 'decision' }),
      person('李四', '市场部'),
      person('王五', '销售部', { attendance: 'absent', absenceReason: '出差', substitute: '钱七' }),
      person('赵六', '销售部'),
      person('孙七', '产品部'),
      person('周八', '财务部', { role: 'decision' }),
    ],
    timing: {
      startedAt: '2026-03-02T06:00:00.000Z',
      endedAt: null,
      currentTopicId: 't1',
      records: [],
    },
  };
}

/** Types into an uncontrolled or controlled field as the user would (value, then input). */
export function type(el: HTMLElement, text: string) {
  const field = el as HTMLInputElement | HTMLTextAreaElement;
  field.focus();
  field.value += text;
  fireEvent.input(field);
}

export function press(el: HTMLElement, key: string, init: KeyboardEventInit = {}) {
  const code = /^\d$/.test(key)
    ? `Digit${key}`
    : /^[a-z]$/i.test(key)
      ? `Key${key.toUpperCase()}`
      : key;
  fireEvent.keyDown(el, { key, code, ...init });
}
