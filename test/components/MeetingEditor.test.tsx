import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MeetingEditor } from '../../components/meeting/MeetingEditor';
import { newTopic } from '../../lib/agenda';
import type { Meeting, TalkingPoint } from '../../lib/schema';
import type { MeetingStore } from '../../lib/store/remote';
import { freshRepo, memoryFeed, seedMeeting } from '../helpers/fixtures';
import { renderWithEnv } from '../helpers/render';

async function setup(repo?: MeetingStore) {
  const store = repo ?? (await freshRepo()).repo;
  const m = await store.create(seedMeeting());
  const changes = memoryFeed();
  const view = await renderWithEnv(<MeetingEditor id={m.id} onBack={() => {}} />, {
    locale: 'zh-CN',
    services: { meetings: store, changes },
  });
  await screen.findByLabelText('会议名称');
  return { ...view, m, changes, repo: store };
}

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;

describe('MeetingEditor', () => {
  it('shows every basic-information field of the template, filled from the store', async () => {
    await setup();
    expect(field('会议名称').value).toBe('项目Q3推广跨部门协作会');
    expect(field('会议室').value).toBe('公司3楼会议室A');
    expect((screen.getByLabelText('线上会议平台') as HTMLSelectElement).value).toBe('tencent');
    expect(field('主持人').value).toBe('张三');
    expect(field('主持人职务').value).toBe('市场部经理');
    expect(field('记录人').value).toBe('李四');
    expect(field('会议核心目标').value).toBe('确定Q3产品推广分工');
    expect(field('所属项目/系列').value).toBe('项目Q3推广');
    expect(field('负责部门').value).toBe('市场部');
    for (const label of ['开始时间', '结束时间', '会议链接', '会议号', '记录人职务']) {
      expect(field(label)).toBeTruthy();
    }
  });

  it('saves typing without a save button, says when, and tells other views', async () => {
    const { repo, m, changes } = await setup();
    fireEvent.input(field('会议核心目标'), { target: { value: '确定Q3产品推广分工和预算' } });
    await screen.findByText(/^已保存 /, {}, { timeout: 2000 });
    expect(await repo.get(m.id)).toMatchObject({ goal: '确定Q3产品推广分工和预算', rev: 1 });
    expect(changes.sent).toContainEqual({
      kind: 'saved',
      store: 'meetings',
      id: m.id,
      rev: 1,
      from: 'view-under-test',
    });
  });

  it('stores times as instants and flags an end before the start', async () => {
    const { repo, m } = await setup();
    fireEvent.input(field('开始时间'), { target: { value: '2026-03-02T14:00' } });
    fireEvent.input(field('结束时间'), { target: { value: '2026-03-02T13:00' } });
    await screen.findByText('结束时间早于开始时间。');
    expect(field('结束时间').getAttribute('aria-invalid')).toBe('true');
    await waitFor(async () =>
      expect(((await repo.get(m.id)) as Meeting).startAt).toBe(
        new Date('2026-03-02T14:00').toISOString(),
      ),
    );
  });

  it('on a full disk keeps the text, says so, and saves when space is back', async () => {
    const { repo } = await freshRepo();
    let full = true;
    const realSave = repo.save.bind(repo);
    repo.save = async (base, local) => {
      if (full) throw new DOMException('full', 'QuotaExceededError');
      return realSave(base, local);
    };
    const { m } = await setup(repo);
    fireEvent.input(field('会议名称'), { target: { value: '不能丢的标题' } });
    await screen.findByRole('alert');
    expect(screen.getByRole('alert').textContent).toContain('磁盘已满');
    expect(field('会议名称').value).toBe('不能丢的标题');
    full = false;
    await screen.findByText(/^已保存 /, {}, { timeout: 3000 });
    expect(await repo.get(m.id)).toMatchObject({ title: '不能丢的标题' });
  });

  it('merges an edit stored by another view while keeping what is typed here', async () => {
    const { repo, m, changes } = await setup();
    fireEvent.input(field('会议室'), { target: { value: '3楼会议室B' } });
    // Another view saves a different field of the same meeting meanwhile.
    const other = await repo.save(m, { ...m, host: '王五' });
    changes.publish({
      kind: 'saved',
      store: 'meetings',
      id: m.id,
      rev: other.saved.rev,
      from: 'other-view',
    });
    await waitFor(() => expect(field('主持人').value).toBe('王五'));
    expect(field('会议室').value).toBe('3楼会议室B');
    await waitFor(async () =>
      expect(await repo.get(m.id)).toMatchObject({ host: '王五', room: '3楼会议室B' }),
    );
    // The header says so, for a moment (SaveStatus.test.tsx: not for as long as both are open).
    await screen.findByText(/已与另一个窗口的修改合并。/);
  });

  it('never stores text longer than the schema allows (it would not read back)', async () => {
    const { repo, m } = await setup();
    fireEvent.input(field('会议名称'), { target: { value: '长'.repeat(300) } });
    expect(field('会议名称').maxLength).toBe(200);
    await waitFor(async () =>
      expect(((await repo.get(m.id)) as Meeting).title).toBe('长'.repeat(200)),
    );
  });

  it('says so when the meeting is gone', async () => {
    await renderWithEnv(<MeetingEditor id="nope" onBack={() => {}} />);
    await screen.findByText('This meeting no longer exists.');
  });

  it('approved minutes are read topic by topic: the topic picker works, points copy, nothing edits', async () => {
    const { repo } = await freshRepo();
    const point = (id: string, topicId: string, text: string): TalkingPoint => ({
      id,
      topicId,
      department: '市场部',
      speaker: '',
      kind: 'viewpoint',
      text,
      at: '2026-03-02T06:10:00.000Z',
    });
    const m = await repo.create({
      ...seedMeeting(),
      topics: [
        newTopic({ id: 't1', title: 'Q2推广活动复盘' }),
        newTopic({ id: 't2', title: 'Q3推广目标及策略讨论' }),
      ],
      points: [point('p1', 't1', '转化率低于目标'), point('p2', 't2', '优先推广线上渠道')],
      review: { state: 'approved', reviewer: '张三', at: '2026-03-02T09:30:00.000Z' },
    });
    const copied: string[] = [];
    await renderWithEnv(<MeetingEditor id={m.id} onBack={() => {}} />, {
      locale: 'zh-CN',
      services: { meetings: repo, copyText: async (text) => void copied.push(text) },
    });
    fireEvent.click(await screen.findByRole('tab', { name: '记录' }));
    const picker = (await screen.findByLabelText('议题')) as HTMLSelectElement;
    expect(picker.disabled || !!picker.closest('fieldset:disabled')).toBe(false);
    await screen.findByText('转化率低于目标');
    fireEvent.change(picker, { target: { value: 't2' } });
    const row = (await screen.findByText('优先推广线上渠道')).closest<HTMLElement>('[data-point]')!;
    expect(screen.queryByText('转化率低于目标')).toBeNull();
    // No input for new points; a row offers copying only, and its keys change nothing.
    expect(screen.queryByLabelText('“Q3推广目标及策略讨论”的新要点')).toBeNull();
    row.focus();
    fireEvent.keyDown(row, { key: 'Delete' });
    fireEvent.keyDown(row, { key: '2' });
    const toolbar = await screen.findByRole('toolbar');
    expect([...toolbar.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['复制']);
    fireEvent.click(screen.getByRole('button', { name: '复制“优先推广线上渠道”' }));
    await waitFor(() => expect(copied).toEqual(['优先推广线上渠道']));
    const stored = (await repo.get(m.id)) as Meeting;
    expect(stored.points.map((p) => [p.id, p.kind])).toEqual([
      ['p1', 'viewpoint'],
      ['p2', 'viewpoint'],
    ]);
    expect(stored.rev).toBe(m.rev);
  });
});
