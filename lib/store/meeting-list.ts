/**
 * The meetings list's reads through the `summaries` indexes (lib/store/db.ts, version 9), so the
 * first screen costs about the same at 100 meetings as at 2,000 (issue 16):
 *
 * - the group headers, newest first, a few at a time: each is one key step to the newest
 *   meeting before the last group (its month or year in the user's zone, lib/meeting-groups.ts)
 *   and that group's `count()`, read from the index keys, no summary read;
 * - a group's rows: one cursor walk of its range on the date index, newest first, stopping after
 *   a page;
 * - a filter by project, department or review state reads its own index (`[field, at]`); two or
 *   more read the first one's range and check the rest on each summary (then a count is a walk);
 * - the projects and departments: one index seek per value;
 * - the summaries to repair: the meetings' keys against the date index's, keys only.
 */
import { facetValues, groupBounds, groupKey, type ListFilter } from '../meeting-groups';
import { readSummary, type MeetingSummary } from '../summary';
import type { IDBPIndex } from 'idb';
import type { MinutesDB, MinutesDatabase, SummaryIndex } from './db';

export interface GroupHead {
  /** `YYYY-MM` or `YYYY` in the user's zone. */
  key: string;
  count: number;
}

export interface GroupPage {
  groups: GroupHead[];
  /** Where the next page starts (pass it as `before`), or null when these were the oldest. */
  next: string | null;
}

interface Plan {
  index: SummaryIndex;
  /** The filter value the index's keys start with; null for the date index alone. */
  prefix: string | null;
  /** The range is the whole filter: counts are `count()`, rows need no check. */
  exact: boolean;
  keeps: (s: MeetingSummary) => boolean;
}

function plan(f: ListFilter): Plan {
  const keeps = (s: MeetingSummary) =>
    (!f.series || s.series === f.series) &&
    (!f.department || s.department === f.department) &&
    (!f.review || s.reviewState === f.review);
  const set = [f.series, f.department, f.review].filter(Boolean).length;
  const exact = set <= 1;
  if (f.series) return { index: 'by-series-at', prefix: f.series, exact, keeps };
  if (f.department) return { index: 'by-department-at', prefix: f.department, exact, keeps };
  if (f.review) return { index: 'by-review-at', prefix: f.review, exact, keeps };
  return { index: 'by-at', prefix: null, exact, keeps };
}

/** The plan's keys with a date in [from, to); null: unbounded. */
function range(p: Plan, from: string | null, to: string | null): IDBKeyRange | undefined {
  if (p.prefix !== null) {
    // Arrays sort after every string, so [prefix, []] is past every date of that prefix.
    return IDBKeyRange.bound([p.prefix, from ?? ''], [p.prefix, to ?? []], false, to !== null);
  }
  if (from === null) return to === null ? undefined : IDBKeyRange.upperBound(to, true);
  return to === null ? IDBKeyRange.lowerBound(from) : IDBKeyRange.bound(from, to, false, true);
}

const dateOf = (p: Plan, key: IDBValidKey) =>
  (p.prefix === null ? key : (key as [string, string])[1]) as string;

type Index = IDBPIndex<MinutesDB, ['summaries'], 'summaries', SummaryIndex>;

/** The date of the newest meeting the filter keeps before `before` (exclusive), or null. */
async function newest(index: Index, p: Plan, before: string | null): Promise<string | null> {
  if (p.exact) {
    const cursor = await index.openKeyCursor(range(p, null, before), 'prev');
    return cursor ? dateOf(p, cursor.key) : null;
  }
  let cursor = await index.openCursor(range(p, null, before), 'prev');
  while (cursor) {
    const s = readSummary(cursor.value);
    if (s && p.keeps(s)) return s.at;
    cursor = await cursor.continue();
  }
  return null;
}

async function count(index: Index, p: Plan, from: string, to: string | null): Promise<number> {
  if (p.exact) return index.count(range(p, from, to));
  let n = 0;
  let cursor = await index.openCursor(range(p, from, to));
  while (cursor) {
    const s = readSummary(cursor.value);
    if (s && p.keeps(s)) n++;
    cursor = await cursor.continue();
  }
  return n;
}

/** Up to `limit` group headers of `filter`, newest first, older than `before` (null: all). */
export async function listGroups(
  db: MinutesDatabase,
  filter: ListFilter,
  timeZone: string,
  before: string | null,
  limit: number,
): Promise<GroupPage> {
  const p = plan(filter);
  const index = db.transaction('summaries').store.index(p.index);
  const groups: GroupHead[] = [];
  let upper = before;
  while (groups.length < limit) {
    const at = await newest(index, p, upper);
    if (at === null) return { groups, next: null };
    const key = groupKey(at, filter.by, timeZone);
    const { from } = groupBounds(key, timeZone);
    groups.push({ key, count: await count(index, p, from, upper) });
    upper = from;
  }
  return { groups, next: (await newest(index, p, upper)) === null ? null : upper };
}

/**
 * Up to `limit` summaries of group `key` that `filter` keeps, newest first, after the first
 * `offset`; and the keys of the summaries met that cannot be read (to be written again).
 */
export async function groupRows(
  db: MinutesDatabase,
  filter: ListFilter,
  timeZone: string,
  key: string,
  offset: number,
  limit: number,
): Promise<{ rows: MeetingSummary[]; stale: string[] }> {
  const p = plan(filter);
  const { from, to } = groupBounds(key, timeZone);
  const index = db.transaction('summaries').store.index(p.index);
  let cursor = await index.openCursor(range(p, from, to), 'prev');
  let skip = offset;
  if (cursor && p.exact && skip > 0) {
    cursor = await cursor.advance(skip);
    skip = 0;
  }
  const rows: MeetingSummary[] = [];
  const stale: string[] = [];
  while (cursor && rows.length < limit) {
    const s = readSummary(cursor.value);
    if (!s) stale.push(cursor.primaryKey);
    else if (p.keeps(s) && skip-- <= 0) rows.push(s);
    cursor = await cursor.continue();
  }
  return { rows, stale };
}

/** The projects and departments that occur, each once, for the filters. */
export async function listFacets(db: MinutesDatabase) {
  const tx = db.transaction('summaries');
  // A cursor opened past each value, not `continue(key)`: fake-indexeddb (the tests, the
  // bench) steps a continue through every key between, so it grew with the archive.
  const distinct = async (name: 'by-series-at' | 'by-department-at') => {
    const index = tx.store.index(name);
    const values: string[] = [];
    let cursor = await index.openKeyCursor();
    while (cursor) {
      const value = (cursor.key as [string, string])[0];
      values.push(value);
      cursor = await index.openKeyCursor(IDBKeyRange.lowerBound([value, []]));
    }
    return facetValues(values);
  };
  const [series, departments] = await Promise.all([
    distinct('by-series-at'),
    distinct('by-department-at'),
  ]);
  return { series, departments };
}

/**
 * The meetings whose summary is not in the date index (none, or one of an older format) and the
 * summaries whose meeting is gone: keys only. Every write goes through the repository, so they
 * differ only after records were put by other means (a database from elsewhere).
 */
export async function summaryGaps(db: MinutesDatabase) {
  const tx = db.transaction(['meetings', 'summaries']);
  const [meetings, dated, all] = await Promise.all([
    tx.objectStore('meetings').getAllKeys(),
    tx.objectStore('summaries').index('by-at').getAllKeys(),
    tx.objectStore('summaries').getAllKeys(),
  ]);
  const present = new Set(meetings);
  const listed = new Set(dated);
  return {
    missing: meetings.filter((id) => !listed.has(id)),
    orphans: all.filter((id) => !present.has(id)),
  };
}
