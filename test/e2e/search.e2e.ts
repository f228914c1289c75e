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
  const LABEL = 'Search titles, points, decisions, action items, attendees';
  // A word only the template's meeting has (the varied meetings reuse its sentences).
  const template = seedMeetingFor('zh-CN');
  const seed = {
    ...template,
    points: template.points.map((p) => (p.id === 'p4' ? { ...p, text: `${p.text}蓝鲸计划` } : p)),
  };
  const archive = [...searchCorpus(40).meetings, seed];

  async function seeded() {
    const s = await start();
    const panel = await openPanel(s);
    await panel.getByRole('heading', { name: 'Meetings', exact: true }).waitFor();
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
    const box = panel.getByLabel(LABEL);
    await expect.poll(() => box.evaluate((el) => el === document.activeElement)).toBe(true);
    await box.fill('蓝鲸计划');
    const option = panel.getByRole('option').first();
    await option.waitFor();
    expect(await panel.getByRole('status').innerText()).toBe('Meetings found: 1');
    expect(await option.locator('mark').allInnerTexts()).toEqual(['蓝鲸计划']);
    expect(await option.innerText()).toContain('Talking point · Q3推广目标及策略讨论');
    expect(await axeViolations(panel)).toEqual([]);
    await box.press('Enter');
    await panel.waitForURL(/#\/meeting\/m-2026-q3-promo\/capture\/point-p4$/);
    await panel.getByRole('heading', { name: '项目Q3推广跨部门协作会' }).waitFor();
    const point = panel.locator('#point-p4');
    await expect.poll(() => point.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await point.innerText()).toContain('蓝鲸计划');
  });

  it('arrows move through hits of many meetings, Escape closes; the tracker reaches it too', async () => {
    const { s, panel } = await seeded();
    await panel.getByRole('button', { name: 'Search', exact: true }).click();
    const box = panel.getByLabel(LABEL);
    await box.fill('落地页');
    await panel.getByRole('option').nth(1).waitFor();
    await box.press('ArrowDown');
    const second = await panel.getByRole('option').nth(1).getAttribute('id');
    expect(await box.getAttribute('aria-activedescendant')).toBe(second);
    await box.press('Escape');
    await panel.getByRole('heading', { name: 'Meetings', exact: true }).waitFor();

    const tracker = await s.context.newPage();
    await tracker.goto(`chrome-extension://${s.extensionId}/tracker.html`);
    await tracker.getByRole('button', { name: 'Search', exact: true }).click();
    await tracker.getByLabel(LABEL).fill('预算复核报告');
    const results = tracker.getByRole('listbox', { name: 'Search all minutes' });
    const hit = results.getByRole('option').first();
    await hit.waitFor();
    expect(await hit.locator('mark').allInnerTexts()).toEqual(['预算复核报告']);
    expect(await hit.innerText()).toContain('Action item');
  });
});
