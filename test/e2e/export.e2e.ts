import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe';
import {
  closeSession,
  hasBrowser,
  launch,
  newProfile,
  removeProfile,
  type Session,
} from './harness';
import { restoreSeed } from './seed-restore';

/**
 * Review and export in the built extension: a backup restored through the panel, the review
 * states, one click on the export button saving the Word file as a download, rich text on the
 * clipboard with both flavours, and the print page. SCREENSHOTS=<dir> saves what a user sees.
 * Export times of the large meeting: test/bench/export-ui.run.ts.
 */
const SHOTS = process.env.SCREENSHOTS;
const shot = async (page: Page, name: string) => {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, name), fullPage: true });
};

describe.skipIf(!hasBrowser)('review and export in Chromium', () => {
  let session: Session;
  let profile: string;
  let panel: Page;
  const id = 'm-2026-q3-promo';

  beforeAll(async () => {
    profile = newProfile();
    session = await launch(profile);
    // Without an origin: CDP calls chrome-extension:// origins opaque and refuses to name them.
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await closeSession(session);
    removeProfile(profile);
  });

  it('restores the seed meeting from a backup file through the panel', async () => {
    panel = await restoreSeed(session);
  });

  it('walks review to approved, after which the minutes are read-only', async () => {
    await panel.goto(`${session.panelUrl}#/meeting/${id}`);
    await panel.getByRole('tab', { name: 'Review & export' }).click();
    await panel.getByRole('button', { name: 'Submit for review' }).click();
    await expect.poll(() => panel.getByLabel('Reviewer').inputValue()).toBe('张三');
    await panel.getByRole('button', { name: 'Approve', exact: true }).click();
    await panel.getByText('Approved minutes are read-only.').waitFor();
    await shot(panel, 'review-tab.png');
    for (const section of ['Export settings', 'Backup and restore']) {
      const open = await panel.locator('details', { hasText: section }).getAttribute('open');
      if (open === null) await panel.getByText(section, { exact: true }).click();
    }
    for (const scheme of ['light', 'dark'] as const) {
      await panel.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(panel, '.review')).toEqual([]);
    }
    await panel.emulateMedia({ colorScheme: 'light' });
  });

  it('approved minutes are read topic by topic: picker, sections that open, copying', async () => {
    await panel.getByRole('tab', { name: 'Notes' }).click();
    const picker = panel.getByLabel('Topic', { exact: true });
    await picker.waitFor();
    expect(await picker.isEnabled()).toBe(true);
    await panel.getByText(/^Q2线上曝光量达200万/).waitFor();
    await picker.selectOption('t2');
    const point = panel.getByText(/^建议优先推广线上渠道/);
    await point.waitFor();
    expect(await panel.getByText(/^Q2线上曝光量达200万/).count()).toBe(0);
    // The earlier items' section opens to be read.
    const earlier = panel.locator('details.cap-earlier');
    await earlier.locator('summary').click();
    await expect.poll(() => earlier.getAttribute('open')).not.toBeNull();
    // A point is copied from its row; nothing offers to change it.
    await point.click();
    const toolbar = panel.getByRole('toolbar');
    expect(await toolbar.getByRole('button').allInnerTexts()).toEqual(['Copy']);
    await toolbar.getByRole('button', { name: /^Copy / }).click();
    await expect
      .poll(() => panel.evaluate(() => navigator.clipboard.readText()), { timeout: 10_000 })
      .toMatch(/^建议优先推广线上渠道/);
    expect(await panel.getByLabel(/new point/i).count()).toBe(0);
    await panel.getByRole('tab', { name: 'Review & export' }).click();
  });

  it('one click on the export button saves the Word file as a download', async () => {
    // The UI is English; this export is chosen to be in Chinese.
    await panel.getByLabel('Language', { exact: true }).selectOption('zh-CN');
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByRole('button', { name: 'Export Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-0[12]\.docx$/,
    );
    const path = join(tmpdir(), `minutes-${Date.now()}.docx`);
    await download.saveAs(path);
    const parts = unzipSync(new Uint8Array(readFileSync(path)));
    const xml = strFromU8(parts['word/document.xml']!);
    expect(xml).toContain('跨部门协作会议纪要');
    expect(xml).toContain('优化落地页引导流程');
    await panel.getByText(/^Saved 2026-市场部/).waitFor();
  });

  it('copies rich text: HTML with the plan as a table, and plain text', async () => {
    await panel.getByRole('button', { name: 'More export formats' }).click();
    await shot(panel, 'export-menu.png');
    await panel.getByRole('menuitem', { name: 'Copy as rich text' }).click();
    await panel.getByText(/Copied the minutes as rich text/).waitFor();
    const clip = await panel.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (await item!.getType(type)).text();
      return { types: item!.types, html: await read('text/html'), text: await read('text/plain') };
    });
    expect(clip.types).toEqual(expect.arrayContaining(['text/html', 'text/plain']));
    expect(clip.html).toMatch(/<table[^>]*border="1"/);
    expect(clip.html).toContain('行动计划表');
    expect(clip.text).toContain('跨部门协作会议纪要');
    expect(clip.text).toContain('优化落地页引导流程');
  });

  it('opens the print page in a tab, laid out for A4, with a Print button', async () => {
    await panel.getByRole('button', { name: 'More export formats' }).click();
    const [print] = await Promise.all([
      session.context.waitForEvent('page'),
      panel.getByRole('menuitem', { name: 'Print / PDF' }).click(),
    ]);
    await print.getByRole('heading', { level: 1, name: '跨部门协作会议纪要' }).waitFor();
    expect(print.url()).toMatch(/\/print\.html#meeting=m-2026-q3-promo&locale=zh-CN$/);
    await print.getByRole('button', { name: 'Print / Save as PDF' }).waitFor();
    expect(await print.title()).toMatch(
      /^2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-0[12]$/,
    );
    expect(await print.locator('table.plan tbody tr').count()).toBe(3);
    await shot(print, 'print-page.png');
    expect(await axeViolations(print)).toEqual([]);
    // What "Save as PDF" makes: the print media rules on A4 (the toolbar is not printed).
    const pdf = await print.pdf({ format: 'A4', preferCSSPageSize: true });
    expect(pdf.length).toBeGreaterThan(10_000);
    if (SHOTS) writeFileSync(join(SHOTS, 'minutes.pdf'), pdf);
  });

  it('reopening keeps the approved version readable and starts version 2', async () => {
    await panel.getByRole('button', { name: 'Reopen for changes…' }).click();
    await panel.getByRole('button', { name: 'Reopen as version 2' }).click();
    await panel.getByRole('heading', { name: 'Earlier versions' }).waitFor();
    await panel.getByText('Version 2').first().waitFor();
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      (async () => {
        await panel.getByRole('button', { name: 'Export Version 1' }).click();
        await panel.getByRole('menuitem', { name: 'Export Markdown (.md)' }).click();
      })(),
    ]);
    expect(download.suggestedFilename()).toMatch(/-v1\.md$/);
  });
});
