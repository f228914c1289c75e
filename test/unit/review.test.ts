import { describe, expect, it } from 'vitest';
import {
  approve,
  isReadOnly,
  meetingEnd,
  reopen,
  returnToDraft,
  reviewDeadlines,
  snapshotVersion,
  submitForReview,
} from '../../lib/review';
import type { Meeting } from '../../lib/schema';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

const AT = new Date('2026-03-02T09:00:00.000Z');
const inState = (state: Meeting['review']['state'], patch: Partial<Meeting> = {}): Meeting => {
  const m = seedMeetingFor('zh-CN');
  const review =
    state === 'approved'
      ? { state, reviewer: '张三', at: '2026-03-02T09:00:00.000Z' }
      : { state, reviewer: '', at: null };
  return { ...m, review, ...patch };
};

describe('review transitions', () => {
  it.each([
    ['submit', 'draft', (m: Meeting) => submitForReview(m), 'in_review'],
    ['return', 'in_review', (m: Meeting) => returnToDraft(m), 'draft'],
    ['approve', 'in_review', (m: Meeting) => approve(m, ' 张三 ', AT), 'approved'],
    ['reopen', 'approved', (m: Meeting) => reopen(m), 'draft'],
  ] as const)('%s: %s → %s', (_, from, step, to) => {
    expect(step(inState(from)).review.state).toBe(to);
  });

  it.each([
    ['submit', ['in_review', 'approved'], submitForReview],
    ['return', ['draft', 'approved'], returnToDraft],
    ['approve', ['draft', 'approved'], (m: Meeting) => approve(m, '张三', AT)],
    ['reopen', ['draft', 'in_review'], reopen],
  ] as const)('%s from a state it does not fit changes nothing', (_, states, step) => {
    for (const state of states) {
      const m = inState(state);
      expect(step(m)).toBe(m);
    }
  });

  it('approval records the trimmed reviewer and the time, and needs a name', () => {
    const approved = approve(inState('in_review'), '  张三  ', AT);
    expect(approved.review).toEqual({ state: 'approved', reviewer: '张三', at: AT.toISOString() });
    const m = inState('in_review');
    expect(approve(m, '   ', AT)).toBe(m);
    expect(approve(m, '张三', new Date(NaN))).toBe(m);
    expect(approve(m, 'x'.repeat(300), AT).review.reviewer).toHaveLength(100);
  });

  it('only approved minutes are read-only; reopening starts the next version as a draft', () => {
    expect(isReadOnly(inState('draft'))).toBe(false);
    expect(isReadOnly(inState('in_review'))).toBe(false);
    expect(isReadOnly(inState('approved'))).toBe(true);
    const reopened = reopen(inState('approved', { version: 3 }));
    expect(reopened.version).toBe(4);
    expect(reopened.review).toEqual({ state: 'draft', reviewer: '', at: null });
    expect(isReadOnly(reopened)).toBe(false);
  });

  it('a snapshot is a deep copy: later edits cannot reach it', () => {
    const m = inState('approved');
    const items = seedItemsFor('zh-CN');
    const snap = snapshotVersion(m, items, AT);
    m.topics[0]!.title = 'changed';
    items[0]!.task = 'changed';
    expect(snap.version).toBe(1);
    expect(snap.takenAt).toBe(AT.toISOString());
    expect(snap.meeting.topics[0]!.title).not.toBe('changed');
    expect(snap.items[0]!.task).not.toBe('changed');
  });
});

describe('review deadlines', () => {
  // The seed meeting ends 2026-03-02T08:00Z: draft due 10:00Z, sending due 08:00Z next day.
  const at = (iso: string) => new Date(iso);
  const statuses = (m: Meeting, sent: string | null, now: string) =>
    reviewDeadlines(m, sent, at(now)).map((d) => [d.key, d.due.toISOString(), d.status]);

  it.each([
    [
      'draft, within 2 h',
      inState('draft'),
      null,
      '2026-03-02T09:00:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'due'],
        ['distribute', '2026-03-03T08:00:00.000Z', 'due'],
      ],
    ],
    [
      'draft, 3 h after the end',
      inState('draft'),
      null,
      '2026-03-02T11:00:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'late'],
        ['distribute', '2026-03-03T08:00:00.000Z', 'due'],
      ],
    ],
    [
      'in review: the draft is done',
      inState('in_review'),
      null,
      '2026-03-02T11:00:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'done'],
        ['distribute', '2026-03-03T08:00:00.000Z', 'due'],
      ],
    ],
    [
      'approved 09:00: send by 10:00',
      inState('approved'),
      null,
      '2026-03-02T09:30:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'done'],
        ['distribute', '2026-03-02T10:00:00.000Z', 'due'],
      ],
    ],
    [
      'approved, not sent after 1 h',
      inState('approved'),
      null,
      '2026-03-02T10:01:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'done'],
        ['distribute', '2026-03-02T10:00:00.000Z', 'late'],
      ],
    ],
    [
      'approved late in the day: the 24 h limit wins',
      inState('approved', {
        review: { state: 'approved', reviewer: '张三', at: '2026-03-03T07:30:00.000Z' },
      }),
      null,
      '2026-03-03T07:40:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'done'],
        ['distribute', '2026-03-03T08:00:00.000Z', 'due'],
      ],
    ],
    [
      'sent',
      inState('approved'),
      '2026-03-02T09:20:00.000Z',
      '2026-03-05T00:00:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'done'],
        ['distribute', '2026-03-02T10:00:00.000Z', 'done'],
      ],
    ],
    [
      'a reopened version: its draft was done before',
      inState('draft', { version: 2 }),
      null,
      '2026-03-04T00:00:00Z',
      [
        ['draft', '2026-03-02T10:00:00.000Z', 'done'],
        ['distribute', '2026-03-03T08:00:00.000Z', 'late'],
      ],
    ],
  ])('%s', (_, meeting, sent, now, expected) => {
    expect(statuses(meeting, sent, now)).toEqual(expected);
  });

  it.each([
    ['2026-03-02T08:00:00Z', false, false],
    ['2026-03-02T09:29:59Z', false, false],
    ['2026-03-02T09:30:00Z', true, false], // the draft: 30 minutes before
    ['2026-03-02T10:00:00Z', true, false], // exactly 2 hours after the end: still on time
    ['2026-03-03T03:59:59Z', false, false],
    ['2026-03-03T04:00:00Z', false, true], // sending: 4 hours before the 24-hour limit
    ['2026-03-03T08:00:01Z', false, false], // late is late, not soon
  ])('at %s the draft is close: %s, sending is close: %s', (now, draft, send) => {
    const m = inState('draft', { endAt: '2026-03-02T08:00:00.000Z' });
    expect(reviewDeadlines(m, null, new Date(now)).map((d) => d.soon)).toEqual([draft, send]);
  });

  it('says what the sending deadline counts from: the approval, or the meeting', () => {
    const counted = (m: Meeting) => reviewDeadlines(m, null, AT).map((d) => [d.key, d.counted]);
    expect(counted(inState('in_review'))).toEqual([
      ['draft', 'meeting'],
      ['distribute', 'meeting'],
    ]);
    expect(counted(inState('approved'))).toEqual([
      ['draft', 'meeting'],
      ['distribute', 'approval'],
    ]);
    // Approved 23.5 h after the end: 24 hours after the meeting comes first.
    const late = {
      ...inState('approved'),
      review: { state: 'approved' as const, reviewer: '张三', at: '2026-03-03T07:30:00.000Z' },
    };
    expect(counted(late)).toEqual([
      ['draft', 'meeting'],
      ['distribute', 'meeting'],
    ]);
  });

  it('counts from the timer’s actual end when the meeting was run', () => {
    const m = inState('draft');
    const ran = { ...m, timing: { ...m.timing, endedAt: '2026-03-02T08:30:00.000Z' } };
    expect(meetingEnd(ran)?.toISOString()).toBe('2026-03-02T08:30:00.000Z');
    expect(reviewDeadlines(ran, null, AT)[0]!.due.toISOString()).toBe('2026-03-02T10:30:00.000Z');
  });

  it('has no deadlines before the meeting has an end', () => {
    expect(reviewDeadlines(inState('draft', { endAt: null }), null, AT)).toEqual([]);
  });
});
