import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveStore, type StorageLike } from '../../../lib/adapters/live-store';
import { settingsStore } from '../../../lib/adapters/settings';
import { Autosave } from '../../../lib/autosave';
import { createMeeting, newId, type Meeting } from '../../../lib/schema';
import type { MeetingRepo } from '../../../lib/store/meetings';
import type { TimerAction } from '../../../lib/timer/actions';
import { link } from '../../../lib/timer/link';
import { DEFAULT_ALERTS } from '../../../lib/timer/live';
import { freshRepo, memoryFeed } from '../../helpers/fixtures';
import { localTimer, T0 } from '../../helpers/live';

/**
 * The timer is driven from three places at once: the panel's buttons, the editor (which edits the
 * agenda of the running meeting and asks for it to be mirrored to meeting pages) and the overlay
 * on the meeting page. Whatever order their commands arrive in, once they are answered the
 * meeting's stored timing and the live state the overlay shows are the same, and the panel's
 * draft shows it too (it would save it back otherwise).
 */
const MIN = 60_000;
const api = fakeBrowser as unknown as StorageLike;

function topic(id: string, title: string, plannedMinutes: number) {
  const empty = { ownerName: '', ownerDepartment: '', materials: '' };
  return { id, title, plannedMinutes, ...empty } satisfies Meeting['topics'][0];
}

async function setup() {
  fakeBrowser.reset();
  let clock = T0;
  const now = () => new Date(clock);
  const { repo } = await freshRepo(now);
  const feed = memoryFeed();
  const live = liveStore(api);
  const timer = localTimer({
    meetings: repo,
    live,
    settings: settingsStore(api),
    changes: feed,
    now,
  });
  const meeting = await repo.create(
    createMeeting(now(), {
      title: '项目Q3推广跨部门协作会',
      topics: [
        topic('open', '开场', 3),
        topic('q2', 'Q2推广活动复盘', 20),
        topic('q3', 'Q3目标', 30),
      ],
    }),
  );

  // The editor's draft, as components/meeting/useDraft.ts keeps it: autosaved, merged with others' saves.
  const pending = new Set<Promise<unknown>>();
  const draft = new Autosave<Meeting>(meeting, {
    save: async (base, local) => {
      const { saved } = await repo.save(base, local);
      feed.publish({
        kind: 'saved',
        store: 'meetings',
        id: saved.id,
        rev: saved.rev,
        from: 'editor',
      });
      return saved;
    },
    isQuotaError: () => false,
    onChange: () => {},
    delayMs: 1,
  });
  feed.subscribe((message) => {
    if (message.from === 'editor' || message.kind !== 'saved') return;
    const got = repo.get(message.id).then((remote) => {
      if (remote && !('reason' in remote) && remote.rev > draft.stored.rev) draft.receive(remote);
    });
    pending.add(got);
    void got.finally(() => pending.delete(got));
  });

  const panelTimer = timer.client('panel-view');
  const overlayTimer = timer.client('overlay', 'meeting page');
  const id = meeting.id;
  const callers = {
    panel: (action: TimerAction) => panelTimer.run(id, action, 'zh-CN'),
    overlay: (action: TimerAction) => overlayTimer.run(id, action),
    /** An agenda edit in the editor: typed, autosaved, then mirrored (MeetingEditor.tsx). */
    editor: async (update: (m: Meeting) => Meeting) => {
      draft.edit(update);
      await draft.flush();
      return panelTimer.refresh(id, 'zh-CN');
    },
  };

  /** Every command answered, every save and every merge into the draft done. */
  async function settle(commands: Promise<unknown>[]) {
    await Promise.all(commands);
    await draft.flush();
    while (pending.size > 0) await Promise.all([...pending]);
  }

  async function expectAgreement(step: string) {
    const stored = (await repo.get(id)) as Meeting;
    const shown = await live.read();
    expect(shown?.meetingId, step).toBe(id);
    expect(shown!.timing, step).toEqual(stored.timing);
    expect(shown!.title, step).toBe(stored.title);
    expect(shown!.topics, step).toEqual(
      stored.topics.map((t) => ({ id: t.id, title: t.title, plannedMinutes: t.plannedMinutes })),
    );
    expect(draft.doc.timing, `${step}: the panel's draft`).toEqual(stored.timing);
    return stored;
  }

  return {
    callers,
    settle,
    expectAgreement,
    tick: (minutes: number) => (clock += minutes * MIN),
    repo: repo as MeetingRepo,
    live,
  };
}

describe('the panel, the editor and the overlay drive one timer', () => {
  beforeEach(() => fakeBrowser.reset());

  it('the stored timing and the live state agree after every step, whatever the interleaving', async () => {
    const { callers: c, settle, expectAgreement, tick } = await setup();
    const steps: [string, () => Promise<unknown>[]][] = [
      ['start from the panel', () => [c.panel({ type: 'startMeeting' })]],
      [
        'overlay pauses while the panel goes next and the editor renames a topic',
        () => [
          c.overlay({ type: 'pause' }),
          c.panel({ type: 'next' }),
          c.editor((m) => ({
            ...m,
            topics: m.topics.map((t, i) => (i === 0 ? { ...t, title: '开场白' } : t)),
          })),
        ],
      ],
      [
        'overlay resumes, the panel extends, the editor adds a topic',
        () => [
          c.overlay({ type: 'resume' }),
          c.panel({ type: 'extend', minutes: 5 }),
          c.editor((m) => ({ ...m, topics: [...m.topics, topic(newId(), '行动计划确认', 20)] })),
        ],
      ],
      [
        'the editor retitles the meeting between two overlay nexts and a panel back',
        () => [
          c.overlay({ type: 'next' }),
          c.editor((m) => ({ ...m, title: '项目Q3推广协作会(第二次)' })),
          c.panel({ type: 'back' }),
          c.overlay({ type: 'next' }),
        ],
      ],
      [
        'the panel jumps to a topic while the overlay pauses and the editor changes a planned time',
        () => [
          c.panel({ type: 'startTopic', topicId: 'q3' }),
          c.overlay({ type: 'pause' }),
          c.editor((m) => ({
            ...m,
            topics: m.topics.map((t) => (t.id === 'q3' ? { ...t, plannedMinutes: 45 } : t)),
          })),
        ],
      ],
      [
        'the panel ends the meeting while the overlay presses next',
        () => [
          c.overlay({ type: 'resume' }),
          c.panel({ type: 'endMeeting' }),
          c.overlay({ type: 'next' }),
        ],
      ],
      [
        'the panel continues the meeting and the overlay pauses it at once',
        () => [c.panel({ type: 'startMeeting' }), c.overlay({ type: 'pause' })],
      ],
    ];
    for (const [name, fire] of steps) {
      tick(1);
      await settle(fire());
      await expectAgreement(name);
    }
    const end = await expectAgreement('end');
    // And the commands did what they say: the meeting ran, was extended, renamed, paused.
    expect(end.title).toBe('项目Q3推广协作会(第二次)');
    expect(end.timing.records.find((r) => r.topicId === 'q2')?.extraMinutes).toBe(5);
    expect(end.timing.records.every((r) => r.segments.every((s) => s.end !== null))).toBe(true);
  });

  it('a live state left behind (a stop between the two writes) is rebuilt from the record', async () => {
    const { callers: c, settle, expectAgreement, live } = await setup();
    await settle([c.panel({ type: 'startMeeting' })]);
    const started = await live.read();
    await settle([c.panel({ type: 'pause' })]);
    await live.write(started!); // as if the worker stopped after storing the pause
    await settle([c.editor((m) => m)]); // opening the meeting asks for a refresh
    const stored = await expectAgreement('repaired');
    expect(stored.timing.records[0]!.segments[0]!.end).not.toBeNull();
  });

  it('a meeting page may pause, resume and go next on the running meeting, and nothing else', async () => {
    const { callers: c, settle, expectAgreement, live, repo } = await setup();
    expect(await c.overlay({ type: 'pause' })).toEqual({ ok: false, reason: 'refused' }); // not running
    await settle([c.panel({ type: 'startMeeting' })]);
    const before = await expectAgreement('started');
    for (const action of [
      { type: 'endMeeting' },
      { type: 'extend', minutes: 60 },
      { type: 'back' },
      { type: 'startTopic', topicId: 'q3' },
    ] as TimerAction[]) {
      expect(await c.overlay(action), action.type).toEqual({ ok: false, reason: 'refused' });
    }
    expect(((await repo.get(before.id)) as Meeting).rev).toBe(before.rev);
    expect((await live.read())?.timing).toEqual(before.timing);
  });
});

describe('link', () => {
  const meeting = createMeeting(new Date(T0), { topics: [topic('a', 'A', 10)] });
  const ctx = { alerts: DEFAULT_ALERTS, now: T0, writer: 'p' };

  it('derives the live state from the new timing', () => {
    const next = link(
      { type: 'action', meetingId: meeting.id, action: { type: 'startMeeting' } },
      meeting,
      null,
      ctx,
    );
    expect(next.timing.currentTopicId).toBe('a');
    expect(next.live?.timing).toEqual(next.timing);
    expect(next.live?.locale).toBe('en');
  });

  it('a refresh leaves the live state of another meeting alone', () => {
    const other = link(
      { type: 'action', meetingId: 'x', action: { type: 'startMeeting' } },
      { ...meeting, id: 'x' },
      null,
      ctx,
    ).live;
    expect(link({ type: 'refresh', meetingId: meeting.id }, meeting, other, ctx).live).toBeNull();
  });
});
