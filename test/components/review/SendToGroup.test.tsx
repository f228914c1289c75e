import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SendToGroup } from '../../../components/review/SendToGroup';
import type { Meeting } from '../../../lib/schema';
import { renderRobots } from '../../helpers/robots-setup';
import { seedItemsFor, seedMeetingFor } from '../../helpers/seed';

const DING =
  'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const WECOM =
  'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const SECRET = 'SEC-never-shown-0123456789';

const region = () => screen.findByRole('region', { name: 'Send to group' });

async function setUp(
  meeting: Meeting,
  more: Omit<Parameters<typeof SendToGroup>[0], 'meeting'> = {},
) {
  const view = await renderRobots(<SendToGroup meeting={meeting} {...more} />);
  for (const item of seedItemsFor('zh-CN')) await view.items.create(item);
  const base = { keyword: '', digest: null, reminders: false };
  await view.robots.save({
    ...base,
    platform: 'dingtalk',
    name: '钉钉群',
    webhook: DING,
    secret: SECRET,
  });
  const wecom = await view.robots.save({
    ...base,
    platform: 'wecom',
    name: '企业微信群',
    webhook: WECOM,
  });
  await view.robots.setSeriesDefault(meeting.series, wecom.id);
  return view;
}

describe('review: 发送到群', () => {
  it('minutes that are not approved cannot be sent', async () => {
    const draft = { ...seedMeetingFor('zh-CN'), review: { state: 'draft' } } as Meeting;
    await setUp(draft);
    const r = await region();
    within(r).getByText('Approve the minutes first; then they can be sent to a group.');
    expect(
      (within(r).getByRole('button', { name: 'Send to group…' }) as HTMLButtonElement).disabled,
    ).toBe(true);
  });

  it('preselects the series’ group, previews each part as text, and queues exactly that', async () => {
    const meeting = seedMeetingFor('zh-CN');
    const view = await setUp(meeting);
    const r = await region();
    fireEvent.click(within(r).getByRole('button', { name: 'Send to group…' }));
    const group = (await within(r).findByLabelText('Group')) as HTMLSelectElement;
    expect(group.selectedOptions[0]!.textContent).toBe('企业微信群 (WeCom)');
    const preview = await within(r).findByRole('list', { name: 'What will be posted' });
    const parts = await within(preview).findAllByRole('listitem');
    const shown = parts.map((p) => p.querySelector('pre')!.textContent);
    // The minutes' own words: title, a decision, an action item's task.
    const all = shown.join('\n');
    expect(all).toContain(meeting.title);
    expect(all).toContain(meeting.decisions[0]!.text);
    expect(all).toContain(seedItemsFor('zh-CN')[0]!.task);

    fireEvent.click(within(r).getByRole('button', { name: `Send ${parts.length} message(s)` }));
    await within(r)
      .findByText(`Queued ${parts.length} message(s) for 企业微信群.`, { exact: false })
      .catch(() => null);
    expect(view.asked).toEqual([WECOM]);
    const stored = await waitFor(async () => {
      const all = await view.store.all();
      expect(all.length).toBe(parts.length);
      return all;
    });
    // In order, exactly the previewed text, for that group, never the other group's secret.
    expect(stored.map((m) => m.preview)).toEqual(shown);
    expect(stored.map((m) => [m.part, m.parts, m.kind, m.meetingId])).toEqual(
      shown.map((_, i) => [i + 1, shown.length, 'minutes', meeting.id]),
    );
    expect(JSON.stringify(stored)).not.toContain(SECRET);

    for (const m of stored)
      await view.deliver(m.id, { state: 'sent', sentAt: new Date().toISOString() });
    await within(r).findByText(
      `${parts.length} of ${parts.length} sent to 企业微信群.`,
      undefined,
      {
        timeout: 4000,
      },
    );
  });

  it('another group can be picked and made the series’ default', async () => {
    const meeting = seedMeetingFor('zh-CN');
    const view = await setUp(meeting);
    const r = await region();
    fireEvent.click(within(r).getByRole('button', { name: 'Send to group…' }));
    const group = (await within(r).findByLabelText('Group')) as HTMLSelectElement;
    const ding = [...group.options].find((o) => o.textContent === '钉钉群 (DingTalk)')!;
    fireEvent.change(group, { target: { value: ding.value } });
    fireEvent.click(
      within(r).getByLabelText(`Use this group for the series “${meeting.series}” from now on`),
    );
    const send = await within(r).findByRole('button', { name: /^Send \d+ message\(s\)$/ });
    fireEvent.click(send);
    await waitFor(async () => expect((await view.store.all()).length).toBeGreaterThan(0));
    expect(view.asked).toEqual([DING]);
    expect((await view.robots.read()).seriesDefaults).toEqual({ [meeting.series]: ding.value });
  });

  it('once every part is out, reads the sent marks again until this send’s mark is there', async () => {
    const meeting = seedMeetingFor('zh-CN');
    const onSent = vi.fn();
    const view = await setUp(meeting, { onSent });
    const r = await region();
    fireEvent.click(within(r).getByRole('button', { name: 'Send to group…' }));
    fireEvent.click(await within(r).findByRole('button', { name: /^Send \d+ message\(s\)$/ }));
    const stored = await waitFor(async () => {
      const all = await view.store.all();
      expect(all.length).toBeGreaterThan(0);
      return all;
    });
    expect(onSent).not.toHaveBeenCalled();
    for (const m of stored)
      await view.deliver(m.id, { state: 'sent', sentAt: new Date().toISOString() });
    await waitFor(() => expect(onSent).toHaveBeenCalled(), { timeout: 4000 });
  });

  it('lists the groups this version was posted to, not an earlier version’s', async () => {
    const meeting = seedMeetingFor('zh-CN');
    const at = '2026-03-02T09:30:00.000Z';
    await setUp(meeting, {
      sent: [
        {
          version: meeting.version,
          at,
          channel: { platform: 'wecom', name: '企业微信群' },
          send: 'b1',
        },
        { version: meeting.version, at },
        { version: meeting.version + 1, at, channel: { platform: 'feishu', name: '别的群' } },
      ],
    });
    const list = within(await region()).getByRole('list');
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toMatch(/^Sent .+ to 企业微信群 \(WeCom\)\.$/);
  });
});
