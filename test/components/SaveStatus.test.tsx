import { act, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EnvContext, type Env, type Services } from '../../components/ui/context';
import { MERGED_NOTE_MS, SaveStatus } from '../../components/meeting/SaveStatus';
import type { SaveState } from '../../lib/autosave';
import { createTranslate } from '../../lib/i18n';

// Only the clock: SaveStatus reads nothing else, and fake timers stay away from IndexedDB.
const env: Env = {
  locale: 'zh-CN',
  t: createTranslate('zh-CN'),
  services: { now: () => new Date() } as Services,
};
const saved: SaveState = { kind: 'saved', at: new Date('2026-03-02T06:00:00Z') };
const note = () => screen.queryByText(/已与另一个窗口的修改合并。/);

describe('SaveStatus', () => {
  afterEach(() => void vi.useRealTimers());

  it('says that edits were merged for a few seconds, not for as long as two views are open', async () => {
    vi.useFakeTimers({
      now: new Date('2026-03-02T06:00:05Z'),
      toFake: ['setTimeout', 'clearTimeout', 'Date'],
    });
    render(
      <EnvContext.Provider value={env}>
        <SaveStatus state={saved} onRestore={async () => {}} mergedAt={Date.now()} />
      </EnvContext.Provider>,
    );
    expect(note()).toBeTruthy();
    await act(async () => void (await vi.advanceTimersByTimeAsync(MERGED_NOTE_MS / 2)));
    expect(note()).toBeTruthy();
    await act(async () => void (await vi.advanceTimersByTimeAsync(MERGED_NOTE_MS)));
    expect(note()).toBeNull();
    expect(screen.getByText(/^已保存 /)).toBeTruthy();
  });

  it('says nothing of a merge that never happened', () => {
    render(
      <EnvContext.Provider value={env}>
        <SaveStatus state={saved} onRestore={async () => {}} mergedAt={null} />
      </EnvContext.Provider>,
    );
    expect(note()).toBeNull();
  });
});
