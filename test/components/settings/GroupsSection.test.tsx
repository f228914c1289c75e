import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { GroupsSection } from '../../../components/settings/GroupsSection';
import { OutboxSection } from '../../../components/settings/OutboxSection';
import { renderRobots } from '../../helpers/robots-setup';

const DING =
  'https://oapi.dingtalk.com/robot/send?access_token=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const FEISHU = 'https://open.feishu.cn/open-apis/bot/v2/hook/0b1c2d3e-4f50-4a6b-8c7d-9e0f1a2b3c4d';
const SECRET = 'SEC0123456789abcdef-very-secret';

const region = () => screen.findByRole('region', { name: 'Group robots' });

async function addGroup(fields: {
  platform?: string;
  name: string;
  webhook: string;
  secret?: string;
  keyword?: string;
}) {
  const r = await region();
  fireEvent.click(within(r).getByRole('button', { name: 'Add a group' }));
  const form = within(r).getByRole('form', { name: 'Add a group' });
  if (fields.platform)
    fireEvent.change(within(form).getByLabelText('Platform'), {
      target: { value: fields.platform },
    });
  fireEvent.input(within(form).getByLabelText('Group name'), { target: { value: fields.name } });
  fireEvent.input(within(form).getByLabelText('Webhook URL'), {
    target: { value: fields.webhook },
  });
  if (fields.secret)
    fireEvent.input(within(form).getByLabelText('Signing secret (optional)'), {
      target: { value: fields.secret },
    });
  if (fields.keyword)
    fireEvent.input(within(form).getByLabelText('Required keyword (optional)'), {
      target: { value: fields.keyword },
    });
  fireEvent.click(within(form).getByRole('button', { name: 'Save group' }));
  return { r, form };
}

describe('settings: group robots', () => {
  it('says plainly what leaves the computer', async () => {
    await renderRobots(<GroupsSection />);
    within(await region()).getByText(/Nothing leaves this computer unless you add a group here/);
  });

  it('adds a DingTalk group with 加签: stored with its secret, shown only as “Set”', async () => {
    const view = await renderRobots(<GroupsSection />);
    const { r } = await addGroup({ name: '项目Q3推广群', webhook: DING, secret: SECRET });
    await within(r).findByText('Saved 项目Q3推广群.');
    const [stored] = await view.groups.read();
    expect(stored).toMatchObject({ platform: 'dingtalk', webhook: DING, secret: SECRET });
    within(r).getByText(/DingTalk · oapi\.dingtalk\.com · Signing secret \(optional\): Set/);
    // Nowhere on the page: neither as text nor in an input.
    expect(document.body.textContent).not.toContain(SECRET);
    for (const input of document.querySelectorAll('input'))
      expect(input.value).not.toContain(SECRET);

    // Editing with the secret field left empty keeps it; the field says it is set.
    fireEvent.click(within(r).getByRole('button', { name: 'Edit 项目Q3推广群' }));
    const form = within(r).getByRole('form', { name: 'Edit 项目Q3推广群' });
    const secret = within(form).getByLabelText('Signing secret (optional)') as HTMLInputElement;
    expect(secret.value).toBe('');
    expect(secret.placeholder).toBe('Set; leave empty to keep it');
    fireEvent.input(within(form).getByLabelText('Required keyword (optional)'), {
      target: { value: '纪要' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save group' }));
    await waitFor(async () =>
      expect((await view.groups.read())[0]).toMatchObject({
        keyword: '纪要',
        secret: SECRET,
      }),
    );
  });

  it('refuses a webhook of another platform with words that name it; nothing is stored', async () => {
    const view = await renderRobots(<GroupsSection />);
    const { form } = await addGroup({ name: '产品群', webhook: FEISHU });
    within(form).getByText(/looks like a Feishu webhook, not DingTalk/);
    expect(await view.groups.read()).toEqual([]);

    // The same URL as Feishu is fine.
    fireEvent.change(within(form).getByLabelText('Platform'), { target: { value: 'feishu' } });
    fireEvent.click(within(form).getByRole('button', { name: 'Save group' }));
    await waitFor(async () =>
      expect(await view.groups.read()).toMatchObject([{ platform: 'feishu', name: '产品群' }]),
    );
  });

  it('a test message asks for exactly that host, is queued and shows the platform’s answer', async () => {
    const view = await renderRobots(
      <>
        <GroupsSection />
        <OutboxSection />
      </>,
    );
    const { r } = await addGroup({ name: '项目群', webhook: DING, secret: SECRET });
    await within(r).findByText('Saved 项目群.');
    fireEvent.click(within(r).getByRole('button', { name: 'Send a test message to 项目群' }));
    await within(r).findByText('Sending a test message to 项目群…');
    expect(view.asked).toEqual([DING]);
    const [queued] = await view.store.all();
    expect(queued).toMatchObject({ channel: 'robot', kind: 'test', state: 'queued' });
    expect(view.wakes()).toBe(1);
    // The secret is never in what is queued (the channel signs at send time).
    expect(JSON.stringify(queued)).not.toContain(SECRET);

    await view.deliver(queued!.id, { state: 'failed', error: 'sign not match' });
    await within(r).findByText('项目群: the platform answered “sign not match”.', undefined, {
      timeout: 4000,
    });
    // The outbox shows it, with the platform's text, and offers to send it again.
    const outbox = await screen.findByRole('region', { name: 'Outbox' });
    await within(outbox).findByText('The platform answered: sign not match', undefined, {
      timeout: 4000,
    });
    fireEvent.click(within(outbox).getByRole('button', { name: 'Send “Test → 项目群” again' }));
    await waitFor(async () => expect((await view.store.all())[0]!.state).toBe('queued'));
  });

  it('nothing is queued when the browser does not grant the host', async () => {
    const view = await renderRobots(<GroupsSection />, { grant: false });
    const { r } = await addGroup({ name: '项目群', webhook: DING });
    await within(r).findByText('Saved 项目群.');
    fireEvent.click(within(r).getByRole('button', { name: 'Send a test message to 项目群' }));
    await within(r).findByText(
      'The browser did not allow access to oapi.dingtalk.com; nothing was sent.',
    );
    expect(await view.store.all()).toEqual([]);
  });

  it('removing a group removes its series defaults too', async () => {
    const view = await renderRobots(<GroupsSection />);
    const { r } = await addGroup({ name: '项目群', webhook: DING });
    await within(r).findByText('Saved 项目群.');
    const id = (await view.groups.read())[0]!.id;
    await view.robots.setSeriesDefault('项目Q3推广', id);
    await within(r).findByText('项目Q3推广 → 项目群');
    fireEvent.click(within(r).getByRole('button', { name: 'Remove 项目群' }));
    await within(r).findByText('Removed 项目群.');
    expect(await view.groups.read()).toEqual([]);
    expect(await view.prefs.read()).toEqual({ seriesDefaults: [], reminderGroups: [] });
  });
});
