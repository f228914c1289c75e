import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  ACTION_ITEM_SCHEMA_VERSION,
  ActionItem,
  createMeeting,
  type Meeting,
} from '../../lib/schema';
import { axeViolations } from './axe';
import { putRecords, readRecords } from './idb';
import { hasBrowser, openPanel, useSessions } from './harness';
import { minutesOf } from '../helpers/minutes';
import {
  ABSENT_LINE,
  AGREED,
  MKT,
  NEXT_PURPOSE,
  ROSTER_LINE,
  SALES,
  SEED_MINUTES,
  TOPICS,
} from '../helpers/seed-typing';

/**
 * The in-meeting capture in the built extension, typed through the keyboard alone: sign-in from
 * a pasted list, the Q2 review's points and consensus, an action item with one key, the
 * close-out; and the stored minutes are exactly those, also after the browser is killed.
 */
const ROSTER = `${ROSTER_LINE}\n${ABSENT_LINE}`;

const EXPECTED = {
  ...SEED_MINUTES,
  topics: ['开场', ...TOPICS],
  summary: `决议事项:\n无\n行动计划:\n1. 负责人待定:${AGREED}(截止 待定)`,
  nextPurpose: NEXT_PURPOSE,
};

const read = readRecords;

const minutes = (m: Meeting) => ({ ...minutesOf(m), nextPurpose: m.nextMeeting.purpose });

/** Moves along the editor's tab list with the arrow keys until `name` is selected. */
async function tabTo(panel: Page, name: string) {
  for (let i = 0; i < 8; i++) {
    const selected = panel.getByRole('tab', { selected: true });
    if ((await selected.textContent()) === name) return;
    await selected.press('ArrowRight');
  }
  throw new Error(`no tab ${name}`);
}

describe.skipIf(!hasBrowser)('capture in the meeting', () => {
  const { start, killAndRelaunch: restart } = useSessions('zh-CN');

  it('types the seed’s meeting by keyboard; the minutes are exact, also after a kill', async () => {
    const s = await start();
    const panel = await openPanel(s);
    await panel.getByRole('button', { name: /新建会议/ }).press('Enter');
    await panel.waitForURL(/#\/meeting\//);
    const id = panel.url().split('#/meeting/')[1]!;
    await panel.getByLabel('会议名称').pressSequentially(EXPECTED.title);
    await panel.getByLabel('所属项目/系列').pressSequentially(EXPECTED.series);

    await tabTo(panel, '议程');
    for (const [i, title] of TOPICS.entries()) {
      await panel.getByRole('button', { name: /添加议题/ }).press('Enter');
      await panel.getByLabel(`议题 ${i + 2}`).waitFor();
      await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toMatch(/title$/);
      await panel.keyboard.type(title);
    }

    await tabTo(panel, '签到');
    await panel.getByLabel('参会部门及人员、缺席人员及原因(模板格式)').focus();
    await panel.keyboard.type(ROSTER);
    await panel.getByRole('heading', { name: '识别到 6 人' }).waitFor();
    expect(await axeViolations(panel, '.cap-signin')).toEqual([]);
    await panel.keyboard.press('Control+Enter');
    await panel.getByRole('button', { name: '将未签到的 5 人标为出席' }).press('Enter');
    await panel.getByText('应到 6 人:出席 5,迟到 0,缺席 1(有代参会人 1),未签到 0').waitFor();

    await tabTo(panel, '计时');
    await panel.getByRole('button', { name: /开始会议/ }).press('Enter');
    await panel.getByRole('button', { name: /下一议题/ }).press('Enter');

    await tabTo(panel, '记录');
    const box = panel.getByLabel('“Q2推广活动复盘”的新要点');
    await box.focus();
    for (const line of [`#张三 ${MKT}`, `#钱七 ${SALES}`, `!共识 ${AGREED}`]) {
      await panel.keyboard.type(line);
      await panel.keyboard.press('Enter');
    }
    await expect.poll(() => panel.locator('.cap-list [data-point]').count()).toBe(3);
    await panel.keyboard.press('Alt+A'); // the last point → an action item
    await panel.getByText(/^已创建行动项/).waitFor();
    expect(await axeViolations(panel, '.cap')).toEqual([]);

    const confirm = panel.getByRole('checkbox', { name: `负责人待定 确认接受:${AGREED}` });
    await confirm.focus();
    await panel.keyboard.press('Space');
    await panel.getByText('负责人确认(1/1)').waitFor();
    await panel.getByRole('button', { name: '根据决议和行动项起草' }).press('Enter');
    await panel.getByLabel('时间').fill('2026-03-09T14:00');
    await panel.getByLabel('目的').pressSequentially(EXPECTED.nextPurpose);
    await panel.getByText(/^已保存/).waitFor();

    const check = async (page: Page) => {
      const m = await read<Meeting>(page, 'meetings', id);
      expect(minutes(m)).toEqual(EXPECTED);
      expect(m.nextMeeting.at).toBe(
        await page.evaluate(() => new Date('2026-03-09T14:00').toISOString()),
      );
      const at = m.points.map((p) => Date.parse(p.at));
      expect(at.every((t) => t >= Date.parse(m.timing.startedAt!) && t <= Date.now())).toBe(true);
      const items = await read<ActionItem[]>(page, 'actionItems');
      expect(items.map((i) => [i.task, i.meetingId, i.series, i.ownerConfirmed])).toEqual([
        [AGREED, id, '项目Q3推广', true],
      ]);
      expect(items[0]!.sourceTopicId).toBe(m.topics[1]!.id);
    };
    await check(panel);

    // Killed a second after the last keystroke, relaunched: the same minutes, shown again.
    await panel.waitForTimeout(1000);
    const again = await openPanel(await restart(s), `#/meeting/${id}`);
    await check(again);
    await tabTo(again, '记录');
    await again.getByText(MKT).waitFor();
    await again.getByText('共识 (1)').waitFor();
  });

  it('a follow-up meeting starts from the roster and reviews the open item', async () => {
    const s = await start();
    const panel = await openPanel(s);
    const first = createMeeting(new Date('2026-03-02T06:00:00Z'), {
      id: 'first',
      title: '项目Q3推广跨部门协作会',
      series: '项目Q3推广',
      startAt: '2026-03-02T06:00:00.000Z',
      attendees: [
        { id: 'a1', name: '张三', department: '市场部', role: 'decision', attendance: 'present' },
        { id: 'a2', name: '王五', department: '销售部', attendance: 'absent', substitute: '钱七' },
      ].map((a) => ({ role: 'executor', absenceReason: '', substitute: '', ...a })),
    } as unknown as Partial<Meeting>);
    const item = ActionItem.parse({
      schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
      id: 'landing',
      rev: 0,
      createdAt: '2026-03-02T07:00:00.000Z',
      updatedAt: '2026-03-02T07:00:00.000Z',
      meetingId: 'first',
      series: '项目Q3推广',
      task: '落地页重新设计',
      ownerDepartment: '市场部',
      ownerName: '李四',
      dueDate: '2026-03-06',
    });
    await putRecords(panel, { meetings: [first], actionItems: [item] });
    await panel.reload();
    await panel.getByRole('button', { name: /新建会议/ }).press('Enter');
    await panel.waitForURL(/#\/meeting\//);
    const id = panel.url().split('#/meeting/')[1]!;
    await panel.getByLabel('会议名称').pressSequentially('项目Q3推广跟进会');
    await panel.getByLabel('所属项目/系列').pressSequentially('项目Q3推广');
    await panel.getByLabel('记录人', { exact: true }).pressSequentially('李四');

    await tabTo(panel, '签到');
    await panel.getByRole('button', { name: '沿用上次会议名单' }).press('Enter');
    await panel.getByText('应到 2 人:出席 0,迟到 0,缺席 0(有代参会人 0),未签到 2').waitFor();

    await tabTo(panel, '记录');
    const card = panel.locator('.cap-earlier-item', { hasText: '落地页重新设计' });
    await card.getByLabel('延期').waitFor(); // visible: the section opens when the items are in
    await card.getByLabel('延期').focus();
    await panel.keyboard.press('Space');
    await card.getByLabel('延期原因').pressSequentially('设计资源不足');
    await card.getByLabel('调整后时间').fill('2026-03-20');
    await card.getByLabel('进展说明').pressSequentially('初稿已完成');
    await panel.keyboard.press('Enter');
    await panel.getByText('已记录:落地页重新设计').waitFor();
    await panel.getByText(/^已保存/).waitFor();

    const check = async (page: Page) => {
      const m = await read<Meeting>(page, 'meetings', id);
      expect(m.attendees.map((a) => [a.name, a.department, a.attendance])).toEqual([
        ['张三', '市场部', 'unknown'],
        ['王五', '销售部', 'unknown'],
      ]);
      expect(m.earlierReview.map(({ at: _at, ...r }) => r)).toEqual([
        {
          actionItemId: 'landing',
          status: 'delayed',
          note: '初稿已完成',
          delayReason: '设计资源不足',
          revisedDueDate: '2026-03-20',
        },
      ]);
      const stored = await read<ActionItem>(page, 'actionItems', 'landing');
      expect(stored).toMatchObject({ status: 'delayed', revisedDueDate: '2026-03-20' });
      expect(stored.history.map((h) => [h.meetingId, h.by, h.note])).toEqual([
        [id, '李四', '初稿已完成'],
      ]);
    };
    await check(panel);
    await panel.waitForTimeout(1000);
    await check(await openPanel(await restart(s), `#/meeting/${id}`));
  });
});
