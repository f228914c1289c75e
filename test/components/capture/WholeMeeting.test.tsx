import { screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { MeetingEditor } from '../../../components/meeting/MeetingEditor';
import { createMeeting, type ActionItem, type Meeting } from '../../../lib/schema';
import { ActionItemRepo } from '../../../lib/store/action-items';
import { freshRepo, memoryFeed } from '../../helpers/fixtures';
import { renderWithEnv } from '../../helpers/render';
import { press, type } from '../../helpers/capture-host';
import { minutesOf } from '../../helpers/minutes';
import {
  ABSENT_LINE,
  AGREED,
  MKT,
  NEXT_PURPOSE,
  ROSTER_LINE,
  SALES,
  SEED_MINUTES,
  TOPICS,
} from '../../helpers/seed-typing';

/**
 * The seed's example meeting (docs/DOMAIN.md: 项目Q3推广跨部门协作会) typed from an empty draft in the
 * real editor: fields by typing, tabs and list rows by keys, buttons activated as Enter would.
 * What is stored must be exactly the minutes' structure.
 */
const NOW = new Date('2026-03-02T06:10:00.000Z');
/** A view loaded on first use may take a moment to arrive (its module is transformed then). */
const LAZY = 10_000;

const field = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const button = (name: string | RegExp) => screen.getByRole('button', { name });

/** Arrow keys along the tab list until `name` is selected. */
async function goTo(name: string) {
  for (let i = 0; i < 8; i++) {
    const selected = screen.getByRole('tab', { selected: true });
    if (selected.textContent === name) return;
    press(selected, 'ArrowRight');
    await Promise.resolve();
  }
  throw new Error(`no tab ${name}`);
}

const minutes = (m: Meeting) => ({ ...minutesOf(m), nextMeeting: m.nextMeeting });

const EXPECTED = {
  ...SEED_MINUTES,
  topics: TOPICS,
  summary: `决议事项:\n无\n行动计划:\n1. 产品部:${AGREED}(截止 待定)`,
  nextMeeting: { at: new Date('2026-03-09T14:00').toISOString(), purpose: NEXT_PURPOSE },
};

describe('a whole meeting, typed', () => {
  it('stores exactly the minutes of the seed’s example', async () => {
    const { db, repo } = await freshRepo();
    const items = new ActionItemRepo(db);
    const changes = memoryFeed();
    const { id } = await repo.create(createMeeting(NOW));
    await renderWithEnv(<MeetingEditor id={id} onBack={() => {}} />, {
      locale: 'zh-CN',
      services: { meetings: repo, items, changes, now: () => NOW },
    });
    type(await screen.findByLabelText('会议名称'), EXPECTED.title);
    type(field('所属项目/系列'), EXPECTED.series);

    await goTo('议程');
    // The agenda loads on first use (its own chunk).
    await screen.findByRole('button', { name: /添加议题/ }, { timeout: LAZY });
    for (const [i, title] of TOPICS.entries()) {
      button(/添加议题/).click();
      type(await screen.findByLabelText(`议题 ${i + 1}`), title);
    }

    await goTo('签到');
    // The sign-in and capture views load when their tab is first opened.
    const paste = await screen.findByLabelText(
      '参会部门及人员、缺席人员及原因(模板格式)',
      {},
      { timeout: LAZY },
    );
    type(paste, ROSTER_LINE);
    type(paste, `\n${ABSENT_LINE}`);
    press(paste, 'Enter', { ctrlKey: true });
    (await screen.findByRole('button', { name: '将未签到的 5 人标为出席' })).click();

    await goTo('计时');
    button(/开始会议/).click();

    await goTo('记录');
    const box = await screen.findByLabelText('“Q2推广活动复盘”的新要点', {}, { timeout: LAZY });
    for (const line of [`#张三 ${MKT}`, `#钱七 ${SALES}`, `!共识 ${AGREED}`]) {
      type(box, line);
      press(box, 'Enter');
    }
    // The consensus becomes an action item (one key), owned by 产品部, confirmed in the room.
    const consensus = (await screen.findByText(AGREED)).closest<HTMLElement>('[data-point]')!;
    consensus.focus();
    press(consensus, 'a');
    await screen.findByText('负责人确认(0/1)');
    const [item] = (await items.listByMeeting(id)).items as [ActionItem];
    expect(item).toMatchObject({ task: AGREED, ownerDepartment: '', sourceDecisionId: null });
    // The action-plan form (another view) names the owner department; this view follows.
    const { saved } = await items.save(item, { ...item, ownerDepartment: '产品部' });
    changes.publish({
      kind: 'saved',
      store: 'actionItems',
      id: item.id,
      rev: saved.rev,
      from: 'plan-form',
    });
    (await screen.findByRole('checkbox', { name: '产品部 确认接受:' + AGREED })).click();
    await screen.findByText('负责人确认(1/1)');

    button('根据决议和行动项起草').click();
    type(field('时间'), '2026-03-09T14:00');
    type(field('目的'), NEXT_PURPOSE);

    await waitFor(async () => expect(minutes((await repo.get(id)) as Meeting)).toEqual(EXPECTED), {
      timeout: 3000,
    });
    const stored = (await repo.get(id)) as Meeting;
    expect(stored.points.every((p) => p.at === NOW.toISOString())).toBe(true);
    expect(stored.timing.currentTopicId).toBe(stored.topics[0]!.id);
  });
});
