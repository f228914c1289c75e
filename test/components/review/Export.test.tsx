import { fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { endDocxWorker } from '../../../lib/adapters/docx-maker';
import { docxBytes } from '../../../lib/export/docx';
import { seedItemsFor } from '../../helpers/seed';
import { approvedOf, renderReview } from '../../helpers/review-setup';

afterEach(() => {
  endDocxWorker();
  vi.unstubAllGlobals();
});

const exportRegion = () => screen.findByRole('region', { name: /^(Export|导出)$/ });

describe('one-click export', () => {
  it('the primary button saves Word under the archive name, by default', async () => {
    const view = await renderReview(approvedOf('zh-CN'), {
      locale: 'zh-CN',
      items: seedItemsFor('zh-CN'),
    });
    const region = await exportRegion();
    fireEvent.click(within(region).getByRole('button', { name: '导出Word(.docx)' }));
    await waitFor(() => expect(view.recorded.downloads).toHaveLength(1));
    const [file] = view.recorded.downloads;
    expect(file!.name).toMatch(
      /^2026-市场部-项目Q3推广-项目Q3推广跨部门协作会-2026-03-0[12]\.docx$/,
    );
    expect(file!.data.type).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    await within(region).findByText(`已保存 ${file!.name}`);
  });

  it('a Word export, made in a worker, says which step it is at until the file is saved', async () => {
    // A stand-in worker that stops at the layout until the test lets it go on.
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    vi.stubGlobal(
      'Worker',
      class {
        onmessage: ((e: { data: unknown }) => void) | null = null;
        postMessage(data: { input: Parameters<typeof docxBytes>[0] }) {
          void (async () => {
            this.onmessage?.({ data: { stage: 'layout' } });
            await held;
            const bytes = await docxBytes(data.input);
            this.onmessage?.({ data: { bytes } });
          })();
        }
        terminate() {}
      },
    );
    const view = await renderReview(approvedOf('zh-CN'), { locale: 'zh-CN' });
    const region = await exportRegion();
    fireEvent.click(within(region).getByRole('button', { name: '导出Word(.docx)' }));
    await within(region).findByText('正在导出Word:排版(2/3)…');
    expect(view.recorded.downloads).toHaveLength(0);
    release();
    await waitFor(() => expect(view.recorded.downloads).toHaveLength(1));
    await within(region).findByText(/^已保存 /);
  });

  it('the menu offers every other format and is driven by the keyboard', async () => {
    const view = await renderReview(approvedOf('en'), { items: seedItemsFor('en') });
    const region = await exportRegion();
    const more = within(region).getByRole('button', { name: 'More export formats' });
    expect(more.getAttribute('aria-haspopup')).toBe('menu');
    fireEvent.keyDown(more, { key: 'ArrowDown' });
    const menu = await within(region).findByRole('menu');
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((i) => i.textContent)).toEqual([
      'Export Word (.docx)',
      'Print / PDF',
      'Export Markdown (.md)',
      'Export HTML (.html)',
      'Action plan, Excel (.xlsx)',
      'Action plan, CSV (.csv)',
      'Calendar (.ics)',
      'Copy as rich text',
      'JSON backup of this meeting',
    ]);
    await waitFor(() => expect(document.activeElement).toBe(items[0]));
    fireEvent.keyDown(menu, { key: 'ArrowUp' });
    expect(document.activeElement).toBe(items[8]);
    fireEvent.keyDown(menu, { key: 'Home' });
    fireEvent.keyDown(menu, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(items[1]);
    fireEvent.keyDown(menu, { key: 'Escape' });
    expect(within(region).queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(more);

    fireEvent.click(more);
    fireEvent.click(
      await within(region).findByRole('menuitem', { name: 'Action plan, CSV (.csv)' }),
    );
    await waitFor(() => expect(view.recorded.downloads).toHaveLength(1));
    const csv = view.recorded.downloads[0]!;
    expect(csv.name).toMatch(/-action-plan\.csv$/);
    expect(await csv.data.text()).toContain('Redesign the landing-page guidance');
  });

  it('copies rich text (HTML with the plan as a table, and plain text) in the chosen language', async () => {
    const view = await renderReview(approvedOf('en'), { items: seedItemsFor('en') });
    const region = await exportRegion();
    fireEvent.change(within(region).getByLabelText('Language'), { target: { value: 'zh-CN' } });
    fireEvent.click(within(region).getByRole('button', { name: 'More export formats' }));
    fireEvent.click(await within(region).findByRole('menuitem', { name: 'Copy as rich text' }));
    await waitFor(() => expect(view.recorded.copies).toHaveLength(1));
    const { html, text } = view.recorded.copies[0]!;
    expect(html).toContain('<table');
    expect(html).toContain('行动计划表');
    expect(text).toContain('跨部门协作会议纪要');
    await within(region).findByText(/Copied the minutes as rich text/);
  });

  it('PDF opens the print page in a tab, in the export language', async () => {
    const view = await renderReview(approvedOf('en'));
    const region = await exportRegion();
    fireEvent.click(within(region).getByRole('button', { name: 'More export formats' }));
    fireEvent.click(await within(region).findByRole('menuitem', { name: 'Print / PDF' }));
    await waitFor(() =>
      expect(view.recorded.pages).toEqual(['/print.html#meeting=m-2026-q3-promo&locale=en']),
    );
  });

  it('the default format and the file-name pattern are the user’s, kept in storage', async () => {
    const view = await renderReview(approvedOf('en'));
    fireEvent.change(await screen.findByLabelText('Export button format'), {
      target: { value: 'markdown' },
    });
    const pattern = screen.getByLabelText('File name pattern');
    fireEvent.input(pattern, { target: { value: '{date}-{title}-{owner}' } });
    screen.getByText('Unknown placeholders (left empty): {owner}');
    await screen.findByText(
      /This meeting: 2026-03-0[12]-Q3 Promotion Cross-Department Meeting\.md/,
    );
    fireEvent.input(pattern, { target: { value: '{date}-{title}' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save pattern' }));
    await screen.findByText('Saved.');
    expect(await view.review.prefs.read()).toEqual({
      defaultFormat: 'markdown',
      fileNamePattern: '{date}-{title}',
    });
    const region = await exportRegion();
    fireEvent.click(await within(region).findByRole('button', { name: 'Export Markdown (.md)' }));
    await waitFor(() => expect(view.recorded.downloads).toHaveLength(1));
    expect(view.recorded.downloads[0]!.name).toMatch(
      /^2026-03-0[12]-Q3 Promotion Cross-Department Meeting\.md$/,
    );
  });

  it('an earlier version exports as it was approved, named with its number', async () => {
    const view = await renderReview(approvedOf('en'), { items: seedItemsFor('en') });
    fireEvent.click(await screen.findByRole('button', { name: 'Reopen for changes…' }));
    fireEvent.click(screen.getByRole('button', { name: 'Reopen as version 2' }));
    const earlier = await screen.findByRole('region', { name: 'Earlier versions' });
    fireEvent.click(within(earlier).getByRole('button', { name: 'Export Version 1' }));
    fireEvent.click(await within(earlier).findByRole('menuitem', { name: 'Export HTML (.html)' }));
    await waitFor(() => expect(view.recorded.downloads).toHaveLength(1));
    const file = view.recorded.downloads[0]!;
    expect(file.name).toMatch(/-v1\.html$/);
    expect(await file.data.text()).toContain('Approved by Zhang San');
    fireEvent.click(within(earlier).getByRole('button', { name: 'View Version 1' }));
    expect(view.recorded.pages.at(-1)).toBe(
      '/print.html#meeting=m-2026-q3-promo&locale=en&version=1',
    );
  });

  it('says so when an export fails', async () => {
    await renderReview(approvedOf('en'), {
      services: {
        copyRich: async () => {
          throw new Error('Document is not focused.');
        },
      },
    });
    const region = await exportRegion();
    fireEvent.click(within(region).getByRole('button', { name: 'More export formats' }));
    fireEvent.click(await within(region).findByRole('menuitem', { name: 'Copy as rich text' }));
    const alert = await within(region).findByText('The export failed: Document is not focused.');
    expect(alert.getAttribute('role')).toBe('alert');
  });
});
