import { createMeeting, type Meeting } from '../../lib/schema';
import { openMinutesDB } from '../../lib/store/db';
import { MeetingRepo } from '../../lib/store/meetings';
import type { ChangeFeed, ChangeMessage } from '../../lib/store/changes';

let dbCounter = 0;

/** A repository on a fresh fake-indexeddb database, with a clock the test controls. */
export async function freshRepo(clock: () => Date = () => new Date('2026-03-02T06:00:00Z')) {
  const db = await openMinutesDB(`test-${++dbCounter}-${Math.random()}`);
  return { db, repo: new MeetingRepo(db, clock) };
}

/** An in-memory change feed shared by the views of one test (what BroadcastChannel does). */
export function memoryFeed(): ChangeFeed & { sent: ChangeMessage[] } {
  const listeners = new Set<(m: ChangeMessage) => void>();
  const sent: ChangeMessage[] = [];
  return {
    sent,
    publish(m) {
      sent.push(m);
      for (const l of listeners) l(m);
    },
    subscribe(l) {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/** The seed's example meeting (DOMAIN.md), as realistic test data. */
export function seedMeeting(now = new Date('2026-03-02T06:00:00Z')): Meeting {
  return createMeeting(now, {
    title: '项目Q3推广跨部门协作会',
    startAt: '2026-03-02T06:00:00.000Z',
    endAt: '2026-03-02T08:00:00.000Z',
    room: '公司3楼会议室A',
    platform: 'tencent',
    host: '张三',
    hostTitle: '市场部经理',
    recorder: '李四',
    recorderTitle: '项目助理',
    goal: '确定Q3产品推广分工',
    series: '项目Q3推广',
    department: '市场部',
  } as Partial<Meeting>);
}
