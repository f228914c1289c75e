import { ActionItem, ACTION_ITEM_SCHEMA_VERSION } from '../../lib/schema';
import { openMinutesDB } from '../../lib/store/db';
import { ActionItemRepo } from '../../lib/store/action-items';

/** Test data for the plan tests: one row of the seed meeting's 行动计划表, overridable. */
let counter = 0;
export function makeItem(init: Partial<ActionItem> = {}): ActionItem {
  return ActionItem.parse({
    schemaVersion: ACTION_ITEM_SCHEMA_VERSION,
    id: `item-${++counter}`,
    rev: 0,
    createdAt: '2026-03-02T06:00:00.000Z',
    updatedAt: '2026-03-02T06:00:00.000Z',
    meetingId: 'm1',
    series: '项目Q3推广',
    task: '提交增加生产线的成本报告',
    ownerName: '王五',
    ownerDepartment: '财务部',
    dueDate: '2026-03-06',
    ...init,
  });
}

let dbCounter = 0;

/** An action-item repository on a fresh fake-indexeddb database, with the test's clock. */
export async function freshItemRepo(clock: () => Date = () => new Date('2026-03-02T08:00:00Z')) {
  const db = await openMinutesDB(`plan-test-${++dbCounter}-${Math.random()}`);
  return { db, repo: new ActionItemRepo(db, clock) };
}
