/**
 * The user's robot groups as the settings edit them: the groups themselves (platform, name,
 * webhook, secret, keyword, digest: lib/robots/types.ts, stored by lib/adapters/robot-groups.ts)
 * and the robot preferences beside them (lib/adapters/robot-prefs.ts): which groups due-date
 * reminders also post to, and which group a series of meetings (所属项目/系列,
 * lib/capture/series.ts) sends to by default.
 *
 * The webhook URL carries the robot's token and the secret signs its messages: both are
 * credentials. Pages see a group as `GroupView`, which says whether a secret is set but never
 * holds it; a secret goes in through `GroupInput` and does not come back out.
 */
import * as z from 'zod/mini';
import { publicGroup, RobotGroup, type PublicGroup } from './types';

export { ROBOT_PLATFORMS, type RobotPlatform } from './types';

/**
 * Stored as pairs, not a record: zod's record schema is not used anywhere else, and every zod
 * function used lands in the chunk the panel loads at start-up (test/build/budgets.test.ts).
 */
const SeriesDefault = z.object({
  series: z.string().check(z.maxLength(200)),
  group: z.string().check(z.maxLength(100)),
});

export const RobotPrefs = z.object({
  /** A series name (as typed on the meeting) and its group's id. */
  seriesDefaults: z._default(z.array(SeriesDefault).check(z.maxLength(500)), []),
  /** Groups that due-date and overdue reminders also post to. */
  reminderGroups: z._default(z.array(z.string()).check(z.maxLength(100)), []),
});
export type RobotPrefs = z.infer<typeof RobotPrefs>;
export const emptyPrefs = (): RobotPrefs => ({ seriesDefaults: [], reminderGroups: [] });

/** Series name → group id, as views read it. */
export const seriesMap = (prefs: RobotPrefs): Record<string, string> =>
  Object.fromEntries(prefs.seriesDefaults.map((d) => [d.series, d.group]));

/** A group as pages show it: whether it signs, never the secret. */
export type GroupView = PublicGroup & { reminders: boolean };

export const toView = (group: RobotGroup, prefs: RobotPrefs): GroupView => ({
  ...publicGroup(group),
  reminders: prefs.reminderGroups.includes(group.id),
});

/** What the settings form saves: `secret` undefined keeps the stored one, '' removes it. */
export interface GroupInput {
  id?: string;
  platform: RobotGroup['platform'];
  name: string;
  webhook: string;
  secret?: string;
  keyword: string;
  digest: RobotGroup['digest'];
  reminders: boolean;
}

/** The groups with `input` added (new id) or replacing the group of its id. */
export function withGroup(groups: readonly RobotGroup[], input: GroupInput, newId: () => string) {
  const old = input.id ? groups.find((g) => g.id === input.id) : undefined;
  const secret = (input.secret ?? old?.secret ?? '').trim();
  const keyword = input.keyword.trim();
  const group = RobotGroup.parse({
    id: old?.id ?? newId(),
    platform: input.platform,
    name: input.name.trim(),
    webhook: input.webhook.trim(),
    ...(secret ? { secret } : {}),
    ...(keyword ? { keyword } : {}),
    digest: input.digest,
  });
  const next = old ? groups.map((g) => (g.id === group.id ? group : g)) : [...groups, group];
  return { groups: next, group };
}

export function withReminders(prefs: RobotPrefs, groupId: string, on: boolean): RobotPrefs {
  const others = prefs.reminderGroups.filter((id) => id !== groupId);
  return { ...prefs, reminderGroups: on ? [...others, groupId] : others };
}

/** The preferences without group `id`: no series default or reminder points at it any more. */
export function withoutGroup(prefs: RobotPrefs, id: string): RobotPrefs {
  return {
    seriesDefaults: prefs.seriesDefaults.filter((d) => d.group !== id),
    reminderGroups: prefs.reminderGroups.filter((g) => g !== id),
  };
}

const seriesKey = (series: string) => series.trim().toLowerCase();

/** The series' default group, if it still exists. */
export function defaultGroupFor(
  view: { groups: readonly { id: string }[]; seriesDefaults: Record<string, string> },
  series: string,
): string | null {
  const key = seriesKey(series);
  if (!key) return null;
  for (const [name, id] of Object.entries(view.seriesDefaults))
    if (seriesKey(name) === key && view.groups.some((g) => g.id === id)) return id;
  return null;
}

export function withSeriesDefault(prefs: RobotPrefs, series: string, groupId: string | null) {
  const key = seriesKey(series);
  const seriesDefaults = prefs.seriesDefaults.filter((d) => seriesKey(d.series) !== key);
  if (groupId && key) seriesDefaults.push({ series: series.trim().slice(0, 200), group: groupId });
  return { ...prefs, seriesDefaults };
}
