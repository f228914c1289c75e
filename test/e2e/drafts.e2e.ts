import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { hasBrowser, openPanel, useSessions } from './harness';
import { readRecords } from './idb';

/** The promise the product makes: a line typed is a line kept, whatever happens to the browser. */
describe.skipIf(!hasBrowser)('drafts survive the browser', () => {
  const { start, relaunch, killAndRelaunch } = useSessions();

  async function newMeeting(panel: Page) {
    await panel.getByRole('button', { name: /New meeting|新建会议/ }).click();
    await panel.waitForURL(/#\/meeting\//);
    return panel.url().split('#/meeting/')[1]!;
  }

  it('typed text is there after a normal browser restart', async () => {
    const first = await start('zh-CN');
    const panel = await openPanel(first);
    await panel.getByRole('heading', { name: '会议', exact: true }).waitFor();
    await newMeeting(panel);
    await panel.getByLabel('会议名称').pressSequentially('项目Q3推广跨部门协作会');
    await panel.getByLabel('会议核心目标').pressSequentially('确定Q3产品推广分工');
    await panel.getByText(/已保存/).waitFor();
    await first.context.close();

    const again = await openPanel(await relaunch(first, 'zh-CN'));
    await again.getByRole('button', { name: '打开 项目Q3推广跨部门协作会' }).click();
    await expect(again.getByLabel('会议名称').inputValue()).resolves.toBe('项目Q3推广跨部门协作会');
    await expect(again.getByLabel('会议核心目标').inputValue()).resolves.toBe('确定Q3产品推广分工');
  });

  it('typed text is there after the browser is killed (SIGKILL) a second after typing', async () => {
    const first = await start();
    const panel = await openPanel(first);
    const id = await newMeeting(panel);
    await panel.getByLabel('Meeting name').pressSequentially('Budget review');
    await panel.getByLabel('Core goal').pressSequentially('财务部在本周五前提交成本报告');
    await panel.waitForTimeout(1000);
    const again = await openPanel(await killAndRelaunch(first), `#/meeting/${id}`);
    await expect(again.getByLabel('Meeting name').inputValue()).resolves.toBe('Budget review');
    await expect(again.getByLabel('Core goal').inputValue()).resolves.toBe(
      '财务部在本周五前提交成本报告',
    );
  });

  it('two panel views of one meeting lose nothing and converge', async () => {
    const s = await start();
    const a = await openPanel(s);
    const id = await newMeeting(a);
    const b = await openPanel(s, `#/meeting/${id}`);
    await b.getByLabel('Room').waitFor();

    // Interleaved edits to different fields from the two views, without waiting for saves.
    const words = ['one', 'two', 'three', 'four', 'five'];
    for (const w of words) {
      await a.getByLabel('Meeting name').pressSequentially(`${w} `);
      await b.getByLabel('Room').pressSequentially(`${w} `);
    }
    const title = words.map((w) => `${w} `).join('');
    // Each view shows the other's edit (how fast: `npm run bench`; here a bound for slow CI).
    await expect
      .poll(() => b.getByLabel('Meeting name').inputValue(), { timeout: 5000 })
      .toBe(title);
    await expect.poll(() => a.getByLabel('Room').inputValue(), { timeout: 5000 }).toBe(title);

    // A third view, opened fresh, reads both edits from IndexedDB.
    const c = await openPanel(s, `#/meeting/${id}`);
    await expect.poll(() => c.getByLabel('Meeting name').inputValue()).toBe(title);
    await expect.poll(() => c.getByLabel('Room').inputValue()).toBe(title);
  });

  it('a meeting deleted in one view is not re-created by the other; it says so and restores', async () => {
    const s = await start();
    const a = await openPanel(s);
    const id = await newMeeting(a);
    await a.getByLabel('Meeting name').fill('Weekly sync');
    await a.getByText(/Saved/).waitFor();
    const b = await openPanel(s, `#/meeting/${id}`);
    await b.getByLabel('Core goal').waitFor();
    await a.getByRole('button', { name: /All meetings/ }).click();
    await a.getByRole('button', { name: 'Delete Weekly sync' }).click();

    // The open view says so (the change feed told it), and keeps what is typed after it.
    await b.getByText('This meeting was deleted in another window').waitFor();
    await b.getByLabel('Core goal').pressSequentially('typed after the delete');
    await b.evaluate(() => window.dispatchEvent(new Event('blur'))); // would flush a save
    await a.getByText('Deleted “Weekly sync”.').waitFor();
    expect(await readRecords(a, 'meetings', id)).toBeUndefined();
    expect(await a.getByRole('button', { name: 'Open Weekly sync' }).count()).toBe(0);

    await b.getByRole('button', { name: 'Restore from the trash' }).click();
    await a.getByRole('button', { name: 'Open Weekly sync' }).waitFor();
    await expect
      .poll(async () => (await readRecords<{ goal: string } | undefined>(a, 'meetings', id))?.goal)
      .toBe('typed after the delete');
    expect(await b.getByText('This meeting was deleted in another window').count()).toBe(0);
  });

  it('delete can be undone', async () => {
    const s = await start();
    const panel = await openPanel(s);
    await newMeeting(panel);
    await panel.getByLabel('Meeting name').fill('Weekly sync');
    await panel.getByRole('button', { name: /All meetings/ }).click();
    await panel.getByRole('button', { name: 'Delete Weekly sync' }).click();
    await panel.getByText('Deleted “Weekly sync”.').waitFor();
    expect(await panel.getByRole('button', { name: 'Open Weekly sync' }).count()).toBe(0);
    await panel.getByRole('button', { name: 'Undo' }).click();
    await panel.getByRole('button', { name: 'Open Weekly sync' }).waitFor();
  });
});
