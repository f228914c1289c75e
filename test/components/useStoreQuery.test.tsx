import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { useEnv } from '../../components/ui/context';
import { useStoreQuery } from '../../components/ui/useStoreQuery';
import { concerns } from '../../lib/store/changes';
import { announcing } from '../../lib/store/announce';
import { memoryFeed, seedMeeting } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';
import { makeItem } from '../helpers/items';

let loads = 0;

function Titles() {
  const { services } = useEnv();
  const { value } = useStoreQuery(
    async () => {
      loads++;
      return (await services.meetings.list()).meetings.map((m) => m.title);
    },
    (m) => concerns(m, 'meetings'),
    [],
  );
  return <p data-testid="titles">{value?.join(',') ?? 'loading'}</p>;
}

const titles = () => screen.getByTestId('titles').textContent;

describe('useStoreQuery', () => {
  it('reads again on another view’s change or any reset, not on its own view’s writes', async () => {
    loads = 0;
    const changes = memoryFeed();
    const view = await renderWithEnv(<Titles />, { services: { changes } });
    await waitFor(() => expect(titles()).toBe(''));
    const other = announcing({ meetings: view.repo, items: view.items }, changes, 'other-view');

    await other.meetings.create({ ...seedMeeting(), id: 'm1', title: 'From the other view' });
    await waitFor(() => expect(titles()).toBe('From the other view'));
    expect(loads).toBe(2);

    // This view's own write: the component that wrote knows; no read of the whole list.
    await view.env.services.meetings.create({ ...seedMeeting(), id: 'm2', title: 'Mine' });
    await view.env.services.items.listAll(); // a round trip, for a read that should not start
    expect(loads).toBe(2);
    expect(changes.sent.at(-1)).toMatchObject({ kind: 'saved', id: 'm2', from: 'view-under-test' });

    // An action item's change does not concern a list of meetings.
    await other.items.create(makeItem({ meetingId: 'm1', id: 'i1' }));
    expect(loads).toBe(2);

    // A reset (a backup restored here) is read again even when this view announced it.
    changes.publish({ kind: 'reset', from: 'view-under-test' });
    await waitFor(() =>
      expect(titles()?.split(',').sort()).toEqual(['From the other view', 'Mine']),
    );
    expect(loads).toBe(3);

    view.unmount();
    await other.meetings.create({ ...seedMeeting(), id: 'm3', title: 'After' });
    expect(loads).toBe(3); // unsubscribed with the component
  });
});
