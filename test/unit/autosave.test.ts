import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Autosave, type SaveState } from '../../lib/autosave';

interface Doc {
  rev: number;
  a: string;
  b: string;
}

/** A store that keeps one document with a revision, like MeetingRepo.save does. */
function fakeStore(initial: Doc) {
  let stored = initial;
  const store = {
    get stored() {
      return stored;
    },
    failWith: null as null | { name: string },
    writes: 0,
    async save(_base: Doc, local: Doc): Promise<Doc> {
      await Promise.resolve();
      if (store.failWith) throw store.failWith;
      store.writes++;
      stored = { ...local, rev: stored.rev + 1 };
      return stored;
    },
    /** Another view writes directly. */
    external(update: Partial<Doc>) {
      stored = { ...stored, ...update, rev: stored.rev + 1 };
      return stored;
    },
  };
  return store;
}

function setup(delayMs = 300) {
  const store = fakeStore({ rev: 1, a: '', b: '' });
  const states: SaveState[] = [];
  const saver = new Autosave<Doc>(store.stored, {
    save: (base, local) => store.save(base, local),
    isQuotaError: (e) => (e as { name?: string }).name === 'QuotaExceededError',
    onChange: (_doc, state) => states.push(state),
    delayMs,
  });
  return { store, saver, states };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('Autosave', () => {
  it('writes once after a pause in typing, not per keystroke', async () => {
    const { store, saver } = setup();
    for (const ch of '市场部建议') {
      saver.edit((d) => ({ ...d, a: d.a + ch }));
      await vi.advanceTimersByTimeAsync(100);
    }
    expect(store.writes).toBe(0);
    await vi.advanceTimersByTimeAsync(300);
    expect(store.writes).toBe(1);
    expect(store.stored.a).toBe('市场部建议');
    expect(saver.saveState.kind).toBe('saved');
  });

  it('flush writes at once (page hidden / closed)', async () => {
    const { store, saver } = setup();
    saver.edit((d) => ({ ...d, a: 'x' }));
    await saver.flush();
    expect(store.stored.a).toBe('x');
    expect(saver.dirty).toBe(false);
  });

  it('keeps the edit on a full disk, says so, and saves once space is back', async () => {
    const { store, saver } = setup();
    store.failWith = { name: 'QuotaExceededError' };
    saver.edit((d) => ({ ...d, a: '不能丢' }));
    await vi.advanceTimersByTimeAsync(300);
    expect(saver.saveState).toEqual({ kind: 'error', quota: true, retryInMs: 1000 });
    expect(saver.doc.a).toBe('不能丢');
    await vi.advanceTimersByTimeAsync(1000);
    expect(saver.saveState).toMatchObject({ kind: 'error', retryInMs: 2000 });
    store.failWith = null;
    await vi.advanceTimersByTimeAsync(2000);
    expect(store.stored.a).toBe('不能丢');
    expect(saver.saveState.kind).toBe('saved');
  });

  it('re-applies edits typed while a write is in flight', async () => {
    const { store, saver } = setup();
    saver.edit((d) => ({ ...d, a: 'one' }));
    const writing = saver.flush();
    saver.edit((d) => ({ ...d, b: 'two' }));
    await writing;
    expect(saver.doc).toMatchObject({ a: 'one', b: 'two' });
    await vi.advanceTimersByTimeAsync(300);
    expect(store.stored).toMatchObject({ a: 'one', b: 'two' });
  });

  it('merges a newer version from another view with unsaved local edits', async () => {
    const { store, saver } = setup();
    saver.edit((d) => ({ ...d, a: 'local' }));
    const remote = store.external({ b: 'remote' });
    saver.receive(remote);
    expect(saver.doc).toMatchObject({ a: 'local', b: 'remote', rev: remote.rev });
    await saver.flush();
    expect(store.stored).toMatchObject({ a: 'local', b: 'remote' });
  });

  it('takes another view’s version as is when nothing is pending here', () => {
    const { store, saver } = setup();
    const remote = store.external({ a: 'theirs' });
    saver.receive(remote);
    expect(saver.doc).toEqual(remote);
    expect(saver.dirty).toBe(false);
  });
});
