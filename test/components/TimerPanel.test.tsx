import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Services } from '../../components/ui/context';
import { MeetingEditor } from '../../components/meeting/MeetingEditor';
import { newTopic } from '../../lib/agenda';
import type { Meeting } from '../../lib/schema';
import { freshRepo, memoryFeed, seedMeeting } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';

/**
 * The panel's timer buttons go to the timer writer (lib/timer/writer.ts, in this process here);
 * the panel shows the meeting as it is stored, and meeting pages get the same timing and agenda.
 */
describe('the timer in the panel', () => {
  beforeEach(() => fakeBrowser.reset());

  async function setup(
    services: Partial<Services> = {},
    topics = [newTopic({ title: '开场', plannedMinutes: 3 }), newTopic({ title: 'Q2复盘' })],
  ) {
    const { repo } = await freshRepo();
    const m = await repo.create({ ...seedMeeting(), topics });
    const view = await renderWithEnv(<MeetingEditor id={m.id} onBack={() => {}} />, {
      services: { meetings: repo, changes: memoryFeed(), ...services },
    });
    fireEvent.click(await screen.findByRole('tab', { name: 'Timer' }));
    const stored = async () => (await repo.get(m.id)) as Meeting;
    return { ...view, m, stored };
  }

  it('stores what its buttons do in the meeting and in the live state, the same', async () => {
    const { env, stored } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: /Start the meeting/ }));
    fireEvent.click(await screen.findByRole('button', { name: /Pause/ }));
    await screen.findByRole('button', { name: /Resume/ });
    const record = await stored();
    expect(record.timing.startedAt).not.toBeNull();
    expect(record.timing.records[0]!.segments[0]!.end).not.toBeNull();
    const live = await env.services.live.read();
    expect(live?.timing).toEqual(record.timing);
    expect(live?.locale).toBe('en');
  });

  it('a renamed meeting reaches meeting pages once it is stored', async () => {
    const { env, stored } = await setup();
    fireEvent.click(await screen.findByRole('button', { name: /Start the meeting/ }));
    await screen.findByRole('button', { name: /Pause/ });
    fireEvent.click(screen.getByRole('tab', { name: 'Basic information' }));
    fireEvent.input(await screen.findByLabelText('Meeting name'), {
      target: { value: 'Q3 kick-off' },
    });
    await waitFor(async () => expect((await env.services.live.read())?.title).toBe('Q3 kick-off'));
    expect((await stored()).title).toBe('Q3 kick-off');
    expect((await env.services.live.read())?.timing).toEqual((await stored()).timing);
  });

  it('says so when the timer could not be saved', async () => {
    const { stored } = await setup({
      timer: {
        run: async () => ({ ok: false, reason: 'QuotaExceededError' }),
        refresh: async () => ({ ok: true }),
      },
    });
    fireEvent.click(await screen.findByRole('button', { name: /Start the meeting/ }));
    await screen.findByText(/The timer could not be saved \(QuotaExceededError\)/);
    expect((await stored()).timing.startedAt).toBeNull();
  });

  it('starts on the agenda just typed, before it was autosaved', async () => {
    const { stored } = await setup({}, []);
    fireEvent.click(screen.getByRole('tab', { name: 'Agenda' }));
    // The agenda loads on first use (its own chunk): a loaded machine may take a while.
    fireEvent.click(
      await screen.findByRole('button', { name: '+ Add topic' }, { timeout: 10_000 }),
    );
    fireEvent.input(await screen.findByLabelText('Topic 1'), { target: { value: '预算' } });
    fireEvent.click(screen.getByRole('tab', { name: 'Timer' }));
    fireEvent.click(await screen.findByRole('button', { name: /Start the meeting/ }));
    await screen.findByRole('button', { name: /Pause/ });
    const record = await stored();
    expect(record.topics.map((t) => t.title)).toEqual(['预算']);
    expect(record.timing.currentTopicId).toBe(record.topics[0]!.id);
  });
});
