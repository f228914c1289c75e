import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { AttendeeRow } from '../../../components/signin/AttendeeRow';
import { Attendee } from '../../../lib/schema';
import { renderWithEnv } from '../../helpers/render';

/** The roster's optional mobile / user id, which group robots @mention (lib/robots/mentions.ts). */
describe('sign-in: an attendee’s contact for @mentions', () => {
  const person = Attendee.parse({ id: 'a1', name: '钱七', department: '财务部' });

  it.each([
    ['en', 'Mobile or user id of 钱七 (for group @mentions)'],
    ['zh-CN', '钱七 的手机号或用户 ID (群机器人 @ 提醒用)'],
  ] as const)('is labelled in %s, trimmed and saved on change', async (locale, label) => {
    const patches: Partial<Attendee>[] = [];
    await renderWithEnv(
      <ul>
        <AttendeeRow attendee={person} update={(_, p) => patches.push(p)} remove={() => {}} />
      </ul>,
      { locale },
    );
    const input = screen.getByLabelText(label) as HTMLInputElement;
    expect(input.value).toBe('');
    fireEvent.change(input, { target: { value: ' 138 0013 8000 ' } });
    expect(patches).toEqual([{ contact: '138 0013 8000' }]);
  });
});
