import { describe, expect, it } from 'vitest';
import { UNBUILT } from '../../lib/store/db';
import { summarise } from '../../lib/summary';
import { searchCorpus } from '../bench/search-corpus';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';
import { axeViolations } from './axe';
import { hasBrowser, openPanel, useSessions } from './harness';
import { putRecords } from './idb';

/**
 * Search across all minutes in the built extension, on a seeded archive: 40 varied meetings and
 * the template's meeting with its action items, written straight into the stores with the
 * marker an interrupted upgrade leaves, so the first search builds the index (lib/store/db.ts).
 */
describe.skipIf(!hasBrowser)('search across all minutes', () => {
  const { start } = useSessions();
  const seed = seedMeetingFor('zh-CN');
  const archive = [...searchCorpus(40).meetings, seed];

  async function seeded() {
    const s = await start();
    const panel = await openPanel(s);
    await panel.getByRole('heading', { name: 'Meetings' }).waitFor();
    await putRecords(panel, {
      meetings: archive,
      summaries: archive.map(summarise),
      actionItems: seedItemsFor('zh-CN'),
      search: [{ id: UNBUILT }],
    });
    await panel.reload();
    return { s, panel };
  }

  it('from the meetings list: type, see the match marked, open the hit at its point', async () => {
    const { panel } = await seeded();
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    const box = panel.getByRole('combobox');
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('小红书');
    const option = panel.getByRole('option').first();
    await option.waitFor();
    expect(await panel.getByRole('status').innerText()).toBe('1 meetings found');
    expect(await option.locator('mark').allInnerTexts()).toEqual(['小红书']);
    expect(await option.innerText()).toContain('Talking point · Q3推广目标及策略讨论');
    expect(await axeViolations(panel)).toEqual([]);
    await box.press('Enter');
    await panel.waitForURL(/#\/meeting\/m-2026-q3-promo\/capture\/point-p4$/);
    await panel.getByRole('heading', { name: '项目Q3推广跨部门协作会' }).waitFor();
    const point = panel.locator('#point-p4');
    await expect.poll(() => point.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await point.innerText()).toContain('小红书');
  });

  it('arrows move through hits of many meetings, Escape closes; the tracker reaches it too', async () => {
    const { s, panel } = await seeded();
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    const box = panel.getByRole('combobox');
    await box.fill('落地页');
    await panel.getByRole('option').nth(1).waitFor();
    await box.press('ArrowDown');
    const second = await panel.getByRole('option').nth(1).getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(second);
    await box.press('Escape');
    await panel.getByRole('heading', { name: 'Meetings' }).waitFor();

    const tracker = await s.context.newPage();
    await tracker.goto(`chrome-extension://${s.extensionId}/tracker.html`);
    await tracker.getByRole('button', { name: 'Search', exact: true }).click();
    await tracker.getByRole('combobox').fill('预算复核报告');
    const hit = tracker.getByRole('option').first();
    await hit.waitFor();
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['预算复核报告']);
    expect(await hit.innerText()).toContain('Action item');
  });
});
