import { describe, expect, it } from 'vitest';
import { escapeIcsText, exportIcs, foldLine, PRODID } from '../../../lib/export/ics';
import { events, parseIcs, prop, unescapeText } from '../../helpers/ics-parse';
import { NOW, seedInput } from '../../helpers/seed';

describe('iCalendar export', () => {
  it.each(['zh-CN', 'en'] as const)('%s: is well-formed RFC 5545', (lang) => {
    const cal = parseIcs(exportIcs(seedInput(lang)));
    expect(cal.name).toBe('VCALENDAR');
    expect(prop(cal, 'VERSION')?.value).toBe('2.0');
    expect(prop(cal, 'PRODID')?.value).toBe(PRODID);
    const evs = events(cal);
    expect(evs).toHaveLength(4);
    for (const ev of evs) {
      for (const name of ['UID', 'DTSTAMP', 'DTSTART', 'SUMMARY'])
        expect(prop(ev, name)).toBeDefined();
      expect(prop(ev, 'DTSTAMP')?.value).toBe('20260302T100000Z');
    }
  });

  it('has one all-day event per due date and the next meeting in UTC', () => {
    const evs = events(parseIcs(exportIcs(seedInput('zh-CN'))));
    const [first, , delayed, next] = evs;
    expect(prop(first!, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: ';VALUE=DATE',
      value: '20260320',
    });
    expect(prop(first!, 'DTEND')?.value).toBe('20260321');
    expect(unescapeText(prop(first!, 'SUMMARY')!.value)).toBe('优化落地页引导流程,提升转化率 — A');
    expect(unescapeText(prop(first!, 'DESCRIPTION')!.value)).toContain('负责部门:市场部\n');
    expect(prop(delayed!, 'DTSTART')?.value).toBe('20260311'); // the revised date
    expect(unescapeText(prop(delayed!, 'DESCRIPTION')!.value)).toContain(
      '延期原因:等待市场部投放计划明细',
    );
    expect(first!.children.map((c) => c.name)).toEqual(['VALARM']);
    expect(prop(next!, 'UID')?.value).toBe('m-2026-q3-promo-next@minutes-side-panel');
    expect(prop(next!, 'DTSTART')).toEqual({
      name: 'DTSTART',
      params: '',
      value: '20260309T060000Z',
    });
    expect(prop(next!, 'DTEND')?.value).toBe('20260309T080000Z');
  });

  it('keeps UIDs across exports, so importing again updates the same events', () => {
    const uids = (ics: string) => events(parseIcs(ics)).map((e) => prop(e, 'UID')?.value);
    const first = seedInput('zh-CN');
    const later = seedInput('zh-CN', new Date('2026-03-09T02:00:00Z'));
    later.items[0] = { ...later.items[0]!, task: '优化落地页(第二版)', rev: 7 };
    const a = exportIcs(first);
    const b = exportIcs(later);
    expect(uids(b)).toEqual(uids(a));
    expect(uids(a)).toEqual([
      'ai-1@minutes-side-panel',
      'ai-2@minutes-side-panel',
      'ai-3@minutes-side-panel',
      'm-2026-q3-promo-next@minutes-side-panel',
    ]);
    expect(b).toContain('DTSTAMP:20260309T020000Z');
    expect(events(parseIcs(b))[0]!.props.find((p) => p.name === 'SEQUENCE')?.value).toBe('7');
  });

  describe('hostile ids, days and revisions (issue 13)', () => {
    const base = seedInput('en');
    const withItems = (
      patches: Partial<(typeof base.items)[number]>[],
      meeting = base.meeting,
    ) => ({
      ...base,
      meeting,
      items: patches.map((p, i) => ({ ...base.items[0]!, id: `x${i}`, ...p })),
    });
    const uids = (ics: string) => events(parseIcs(ics)).map((e) => prop(e, 'UID')!.value);

    it('a due date of 9999-12-31 lasts one day without an end in year 10000', () => {
      const ics = exportIcs(withItems([{ dueDate: '9999-12-31', status: 'not_started' }]));
      const [ev] = events(parseIcs(ics));
      expect(prop(ev!, 'DTSTART')?.value).toBe('99991231');
      expect(prop(ev!, 'DTEND')).toBeUndefined();
      expect(prop(ev!, 'DURATION')?.value).toBe('P1D');
      expect(ics).not.toMatch(/\+0\d{5}|10000\d{4}/);
    });

    it('a next meeting at the very end of 9999 ends there, not after it', () => {
      const meeting = {
        ...base.meeting,
        nextMeeting: { at: '9999-12-31T23:00:00.000Z', purpose: '' },
      };
      const ics = exportIcs(withItems([], meeting));
      const [ev] = events(parseIcs(ics));
      expect(prop(ev!, 'DTEND')?.value).toBe('99991231T235959Z');
    });

    it('SEQUENCE stays inside RFC 5545’s integer range', () => {
      const ics = exportIcs(withItems([{ rev: Number.MAX_SAFE_INTEGER }]));
      expect(prop(events(parseIcs(ics))[0]!, 'SEQUENCE')?.value).toBe('2147483647');
      const meeting = { ...base.meeting, rev: 2 ** 40 };
      const next = events(parseIcs(exportIcs(withItems([], meeting))))[0]!;
      expect(prop(next, 'SEQUENCE')?.value).toBe('2147483647');
    });

    it('ids that differ only by a control character or a lone surrogate get distinct UIDs', () => {
      const ids = [
        'a',
        'a\u0001',
        'a\u0002',
        'a\u007F',
        'a\uD800',
        'a\uD801',
        'a;',
        'a\\;',
        'a%01',
      ];
      const got = uids(
        exportIcs(
          withItems(
            ids.map((id) => ({ id })),
            { ...base.meeting, nextMeeting: { at: null, purpose: '' } },
          ),
        ),
      );
      expect(new Set(got).size).toBe(ids.length);
      for (const uid of got) {
        expect(uid.isWellFormed()).toBe(true);
        expect(uid).not.toMatch(/[\u0000-\u001F\u007F;,\\]/); // eslint-disable-line no-control-regex
      }
    });

    it('an item whose id is the meeting id + "-next" does not share the next meeting’s UID', () => {
      const got = uids(exportIcs(withItems([{ id: `${base.meeting.id}-next` }])));
      expect(got).toHaveLength(2);
      expect(new Set(got).size).toBe(2);
      expect(got[1]).toBe(`${base.meeting.id}-next@minutes-side-panel`); // unchanged for calendars
    });
  });

  it('leaves out items without a due date and a missing next meeting', () => {
    const input = seedInput('en', NOW);
    input.items = input.items.map((i) => ({ ...i, dueDate: null, revisedDueDate: null }));
    input.meeting = { ...input.meeting, nextMeeting: { at: null, purpose: '' } };
    expect(events(parseIcs(exportIcs(input)))).toEqual([]);
  });

  it.each([
    ['a,b;c\\d', 'a\\,b\\;c\\\\d'],
    ['line1\nline2', 'line1\\nline2'],
    ['line1\r\nline2\rline3', 'line1\\nline2\\nline3'],
    ['bell\u0007 and\ttab', 'bell and\ttab'],
    ['普通文字', '普通文字'],
  ])('escapes TEXT %j', (raw, escaped) => {
    expect(escapeIcsText(raw)).toBe(escaped);
    expect(unescapeText(escaped)).toBe(raw.replace(/\r\n?/g, '\n').replace('\u0007', ''));
  });

  it.each([
    ['ASCII', 'DESCRIPTION:' + 'x'.repeat(200)],
    ['CJK (3 octets)', 'SUMMARY:' + '纪'.repeat(100)],
    ['emoji (4 octets, surrogate pairs)', 'SUMMARY:' + '😀'.repeat(60)],
    ['mixed at every offset', 'X:' + 'a纪😀é'.repeat(40)],
    ['exactly 75 octets', 'S:' + 'y'.repeat(73)],
  ])('folds %s at 75 octets without splitting a character', (_, line) => {
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    for (const part of parts) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part.isWellFormed()).toBe(true);
    }
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join('')).toBe(line);
    if (new TextEncoder().encode(line).length <= 75) expect(parts).toHaveLength(1);
  });
});
