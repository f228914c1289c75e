/**
 * Adapter: the robot groups as the settings edit them. The groups (secrets included) are H4's
 * storage item (robot-groups.ts, read by the channel at send time); the preferences beside them
 * (series defaults, which groups get reminders) are one more item here. Neither key is among the
 * backup's PREFERENCE_KEYS (lib/history.ts): webhook URLs and secrets are credentials and never
 * go into a backup or export; delete-everything removes both with every other key
 * (lib/adapters/wipe.ts).
 */
import {
  emptyPrefs,
  RobotPrefs,
  seriesMap,
  toView,
  withGroup,
  withoutGroup,
  withReminders,
  withSeriesDefault,
  type GroupInput,
} from '../robots/groups';
import type { RobotGroup } from '../robots/types';
import type { RobotsView } from '../robots/services';
import { newId } from '../schema';
import type { StorageLike } from './live-store';
import { robotGroupsItem } from './robot-groups';
import { storageItem } from './storage-item';

export const ROBOT_PREFS_KEY = 'robotPrefs';

export const robotPrefsItem = (api: Pick<StorageLike, 'storage'>) =>
  storageItem(api, ROBOT_PREFS_KEY, RobotPrefs, emptyPrefs);

const view = (groups: RobotGroup[], prefs: RobotPrefs): RobotsView => ({
  groups: groups.map((g) => toView(g, prefs)),
  seriesDefaults: seriesMap(prefs),
});

export function robotConfig(api: Pick<StorageLike, 'storage'>) {
  const groups = robotGroupsItem(api);
  const prefs = robotPrefsItem(api);
  const read = async () => view(await groups.read(), await prefs.read());
  return {
    read,
    watch(listener: (v: RobotsView) => void) {
      const again = () => void read().then(listener);
      const stops = [groups.watch(again), prefs.watch(again)];
      return () => stops.forEach((stop) => stop());
    },
    async save(input: GroupInput) {
      let saved: RobotGroup | null = null;
      await groups.update((list) => {
        const next = withGroup(list, input, newId);
        saved = next.group;
        return next.groups;
      });
      const p = await prefs.update((c) => withReminders(c, saved!.id, input.reminders));
      return toView(saved!, p);
    },
    async remove(id: string) {
      await groups.update((list) => list.filter((g) => g.id !== id));
      await prefs.update((c) => withoutGroup(c, id));
    },
    setSeriesDefault: async (series: string, groupId: string | null) =>
      void (await prefs.update((c) => withSeriesDefault(c, series, groupId))),
  };
}
