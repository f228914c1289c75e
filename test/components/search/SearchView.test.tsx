import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { SearchView } from '../../../components/search/SearchView';
import { seedItemsFor, seedMeetingFor } from '../../helpers/seed';
import { renderWithEnv } from '../../helpers/render';

const SEED_ID = 'm-2026-q3-promo';

async function setUp(locale: 'zh-CN' | 'en') {
  const onOpen = vi.fn();
  const onClose = vi.fn();
  const view = await renderWithEnv(<SearchView onOpen={onOpen} onClose={onClose} />, { locale });
  await view.repo.create(seedMeetingFor(locale));
  for (const item of seedItemsFor(locale)) await view.items.create(item);
  const box = screen.getByRole('combobox');
  return { ...view, onOpen, onClose, box };
}

describe('SearchView', () => {
  it('has the focus in its labelled box, and shows the hits with the match marked', async () => {
    const { box } = await setUp('zh-CN');
    expect(document.activeElement).toBe(box);
    expect(screen.getByLabelText('搜索标题、发言、决议、行动项、参会人')).toBe(box);
    fireEvent.input(box, { target: { value: '落地页' } });
    const options = await screen.findAllByRole('option');
    expect(screen.getByRole('status').textContent).toBe('找到 1 场会议');
    expect(screen.getByRole('group', { name: /项目Q3推广跨部门协作会/ })).toBeTruthy();
    expect(options[0]!.textContent).toContain('发言 · Q2推广活动复盘');
    const marks = [...options[0]!.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['落地页']);
    expect(box.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
  });

  it('moves through the hits with the arrows and opens one with Enter, at its tab and point', async () => {
    const { box, onOpen } = await setUp('zh-CN');
    fireEvent.input(box, { target: { value: '落地页' } });
    const options = await screen.findAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    expect(options[1]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'ArrowUp' });
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith(`#/meeting/${SEED_ID}/capture/point-p1`);
  });

  it('opens an action item hit on the plan, by click', async () => {
    const { box, onOpen } = await setUp('en');
    fireEvent.input(box, { target: { value: 'media plan' } });
    const [option] = await screen.findAllByRole('option');
    expect(option!.textContent).toContain('Action item');
    fireEvent.click(option!);
    expect(onOpen).toHaveBeenCalledWith(`#/meeting/${SEED_ID}/plan`);
  });

  it('says when nothing is found, and closes with Escape', async () => {
    const { box, onClose } = await setUp('en');
    fireEvent.input(box, { target: { value: 'nonexistentword' } });
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe('Nothing found for “nonexistentword”.'),
    );
    expect(screen.queryAllByRole('option')).toEqual([]);
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(onClose).toHaveBeenCalled();
  });

  it('shows text typed into minutes as text, never as markup', async () => {
    const { box, repo } = await setUp('en');
    const m = seedMeetingFor('en');
    await repo.create({ ...m, id: 'hostile', title: '<img src=x onerror=alert(1)> landing' });
    fireEvent.input(box, { target: { value: 'onerror' } });
    const [option] = await screen.findAllByRole('option');
    expect(option!.querySelector('img')).toBeNull();
    expect(option!.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
