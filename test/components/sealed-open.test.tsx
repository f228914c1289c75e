import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { MeetingEditor } from '../../components/meeting/MeetingEditor';
import { sealed } from '../../lib/store/seal';
import { freshRepo, seedMeeting } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';

/**
 * The editor opens a meeting on its seal (lib/store/seal.ts) and runs the full check once it
 * has painted: a record whose seal was forged over damage leaves the view as damaged, kept
 * aside, and nothing is saved over it.
 */
describe('opening a sealed meeting', () => {
  it('a forged seal over damage: the check that follows shows it as damaged', async () => {
    const { db, repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const forged = sealed({ ...m, room: 42 });
    await db.put('meetings', forged);
    await renderWithEnv(<MeetingEditor id={m.id} onBack={() => {}} />, {
      locale: 'zh-CN',
      services: { meetings: repo },
    });
    expect((await screen.findByRole('alert', {}, { timeout: 10_000 })).textContent).toMatch(
      /这个会议无法读取.room/,
    );
    expect(screen.queryByLabelText('会议名称')).toBeNull();
    expect(await repo.damaged()).toHaveLength(1);
    expect(await db.get('meetings', m.id)).toEqual(forged);
  });

  it('a meeting the app wrote stays open after its check', async () => {
    const { repo } = await freshRepo();
    const m = await repo.create(seedMeeting());
    const check = vi.spyOn(repo, 'check');
    await renderWithEnv(<MeetingEditor id={m.id} onBack={() => {}} />, {
      locale: 'zh-CN',
      services: { meetings: repo },
    });
    expect(((await screen.findByLabelText('会议名称')) as HTMLInputElement).value).toBe(m.title);
    await waitFor(() => expect(check).toHaveBeenCalledWith(m.id), { timeout: 10_000 });
    expect(await check.mock.results[0]!.value).toBeNull();
    expect(await repo.damaged()).toEqual([]);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
