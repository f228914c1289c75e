/**
 * A meeting's history as one synced document (kind `history`, id the meeting's): its earlier
 * approved versions, its sent marks and its plan versions, the three shelves of
 * lib/adapters/shelf.ts. One document for the three, not one per shelf: renumbering versions
 * must move the sent marks with them, so both come together in one merge. Pure.
 *
 * An entry is written once and never edited, so two computers' histories come together as a
 * union and nothing is removed by sync (a history document has no tombstone: its meeting's has).
 * - Versions are the same when their content is (the minutes and items, without the per-computer
 *   `rev` and seal): two computers that reopened the same approved minutes keep one, the earlier.
 *   Two different versions with one number (both computers reopened and approved a "v2") are
 *   renumbered by time: in (number, takenAt) order each gets max(its number, previous + 1), so
 *   numbers that did not collide stay as they were and only ever grow.
 * - A sent mark follows its version: a mark of a number that now has several versions goes to
 *   the first one put aside after the mark was made (the version current when it was sent); a
 *   mark of the current version (above every put-aside one) moves up with them.
 * - Plan versions have ids: a union by id.
 */
import { canonical } from './document';

export interface HistoryBody {
  versions: unknown[];
  distributions: unknown[];
  planVersions: unknown[];
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => !!v && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const num = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 0);

/** A version of `meetingId` in a shape the shelves' readers can parse (lib/history.ts). */
export const isVersion = (v: unknown, meetingId: string): v is Obj =>
  isObj(v) &&
  num(v.version) > 0 &&
  !!str(v.takenAt) &&
  isObj(v.meeting) &&
  v.meeting.id === meetingId &&
  Array.isArray(v.items);
export const isMark = (v: unknown): v is Obj => isObj(v) && num(v.version) > 0 && !!str(v.at);
export const isPlanVersion = (v: unknown, meetingId: string): v is Obj =>
  isObj(v) && !!str(v.id) && v.meetingId === meetingId && Array.isArray(v.items);

const strip = (r: unknown) => {
  if (!isObj(r)) return r;
  const { rev: _rev, seal: _seal, ...rest } = r;
  return rest;
};
/** What makes two versions the same: the minutes and items, not when or where they were taken. */
const versionContent = (v: Obj) =>
  canonical({ meeting: strip(v.meeting), items: (v.items as unknown[]).map(strip) });
const markKey = (m: Obj) => canonical({ at: m.at, send: m.send, channel: m.channel });
/** An entry's identity on its shelf: a changed number (renumbered) is the same entry. */
export const entryKey = {
  versions: versionContent,
  distributions: markKey,
  planVersions: (p: Obj) => str(p.id),
};
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The three lists in the order every computer writes them, so equal content hashes equal. */
export function sortedHistory(h: HistoryBody): HistoryBody {
  const versions = [...h.versions] as Obj[];
  const marks = [...h.distributions] as Obj[];
  const plans = [...h.planVersions] as Obj[];
  versions.sort(
    (a, b) =>
      num(a.version) - num(b.version) ||
      byText(str(a.takenAt), str(b.takenAt)) ||
      byText(versionContent(a), versionContent(b)),
  );
  marks.sort(
    (a, b) =>
      byText(str(a.at), str(b.at)) ||
      num(a.version) - num(b.version) ||
      byText(markKey(a), markKey(b)),
  );
  plans.sort((a, b) => byText(str(a.createdAt), str(b.createdAt)) || byText(str(a.id), str(b.id)));
  return { versions, distributions: marks, planVersions: plans };
}

/** Same-identity entries once; the kept one carries the highest number either side gave it. */
function union(lists: Obj[][], key: (e: Obj) => string, earlier: (a: Obj, b: Obj) => boolean) {
  const out = new Map<string, Obj>();
  for (const e of lists.flat()) {
    const k = key(e);
    const had = out.get(k);
    if (!had) out.set(k, e);
    else {
      const keep = earlier(e, had) ? e : had;
      out.set(k, { ...keep, version: Math.max(num(e.version), num(had.version)) });
    }
  }
  return [...out.values()];
}

/** A body as the three lists of entries (anything else in a damaged or foreign body: none). */
export const asHistory = (v: unknown): HistoryBody => {
  const o = isObj(v) ? v : {};
  const list = (x: unknown) => (Array.isArray(x) ? x.filter(isObj) : []);
  return {
    versions: list(o.versions),
    distributions: list(o.distributions),
    planVersions: list(o.planVersions),
  };
};

/** The union of two histories of one meeting, versions renumbered where two shared a number. */
export function mergeHistory(localBody: unknown, remoteBody: unknown): HistoryBody {
  const [local, remote] = [asHistory(localBody), asHistory(remoteBody)];
  const versions = union(
    [local.versions as Obj[], remote.versions as Obj[]],
    versionContent,
    (a, b) => str(a.takenAt) < str(b.takenAt),
  ).sort((a, b) => num(a.version) - num(b.version) || byText(str(a.takenAt), str(b.takenAt)));
  // Each number's versions (by time), before renumbering: what the marks' numbers refer to.
  const had = new Map<number, { takenAt: string; to: number }[]>();
  let previous = 0;
  const renumbered = versions.map((v) => {
    const to = Math.max(num(v.version), previous + 1);
    previous = to;
    const list = had.get(num(v.version)) ?? [];
    list.push({ takenAt: str(v.takenAt), to });
    had.set(num(v.version), list);
    return to === v.version ? v : { ...v, version: to };
  });
  const highest = Math.max(0, ...had.keys());
  const shift = previous - highest;
  const marks = union(
    [local.distributions as Obj[], remote.distributions as Obj[]],
    markKey,
    () => false,
  ).map((m) => {
    const from = num(m.version);
    const list = had.get(from);
    let to = from > highest ? from + shift : from;
    if (list) {
      // The version current when the mark was made: the first put aside after it.
      const at = str(m.at);
      to = (list.find((v) => v.takenAt >= at) ?? list.at(-1)!).to;
    }
    return to === from ? m : { ...m, version: to };
  });
  const plans = union(
    [local.planVersions as Obj[], remote.planVersions as Obj[]],
    (p) => str(p.id),
    () => false,
  );
  return sortedHistory({ versions: renumbered, distributions: marks, planVersions: plans });
}

/** The number the meeting's current version needs: above every put-aside one. */
export const nextVersion = (h: HistoryBody) =>
  Math.max(0, ...(h.versions as Obj[]).map((v) => num(v.version))) + 1;
