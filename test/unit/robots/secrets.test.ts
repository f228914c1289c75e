import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { historyStore } from '../../../lib/adapters/history-store';
import type { StorageLike } from '../../../lib/adapters/live-store';
import { robotGroupsItem } from '../../../lib/adapters/robot-groups';
import { robotConfig, robotPrefsItem } from '../../../lib/adapters/robot-prefs';
import { deleteEverything } from '../../../lib/adapters/wipe';
import { backupEverything } from '../../../lib/export/restore';
import { ActionItemRepo } from '../../../lib/store/action-items';
import { openMinutesDB, type MinutesDatabase } from '../../../lib/store/db';
import { MeetingRepo } from '../../../lib/store/meetings';
import { seedMeetingFor } from '../../helpers/seed';
import { testShelves } from '../../helpers/shelves';

/**
 * A robot's webhook URL (its token) and signing secret are credentials: they stay in extension
 * storage, never in a backup, never in what the settings page reads back, and delete-everything
 * removes them.
 */
const api = fakeBrowser as unknown as StorageLike;
const AT = new Date('2026-03-02T09:00:00.000Z');
const TOKEN = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const WEBHOOK = `https://oapi.dingtalk.com/robot/send?access_token=${TOKEN}`;
const SECRET = 'SECd41d8cd98f00b204e9800998ecf8427e';

let db: MinutesDatabase;
beforeEach(async () => {
  fakeBrowser.reset();
  db = await openMinutesDB(`robots-${Math.random()}`);
});

async function addGroup() {
  const config = robotConfig(api);
  const group = await config.save({
    platform: 'dingtalk',
    name: '项目Q3推广群',
    webhook: WEBHOOK,
    secret: SECRET,
    keyword: '纪要',
    digest: { day: 5, time: '17:30' },
    reminders: true,
  });
  await config.setSeriesDefault('项目Q3推广', group.id);
  return { config, group };
}

describe('robot secrets', () => {
  it('are kept for the channel, and never read back by the settings', async () => {
    const { config, group } = await addGroup();
    expect(await robotGroupsItem(api).read()).toMatchObject([{ secret: SECRET, webhook: WEBHOOK }]);
    expect(group).toMatchObject({ hasSecret: true, reminders: true });
    expect(JSON.stringify(await config.read())).not.toContain(SECRET);
    // Saved again without a secret: kept. With '' (the user cleared it): gone.
    await config.save({ ...group, secret: undefined, keyword: '纪要' });
    expect((await robotGroupsItem(api).read())[0]!.secret).toBe(SECRET);
    await config.save({ ...group, secret: '', keyword: '纪要' });
    expect((await robotGroupsItem(api).read())[0]).not.toHaveProperty('secret');
  });

  it('are not in a backup (neither the secret nor the webhook’s token)', async () => {
    await addGroup();
    const stores = { meetings: new MeetingRepo(db, () => AT), items: new ActionItemRepo(db) };
    await stores.meetings.create(seedMeetingFor('zh-CN'));
    const backup = await backupEverything(stores, AT, historyStore(api, testShelves(api, db)));
    expect(backup.text).toContain('项目Q3推广'); // the backup did read this browser's data
    expect(backup.text).not.toContain(SECRET);
    expect(backup.text).not.toContain(TOKEN);
    expect(backup.text).not.toContain('robotGroups');
    expect(backup.text).not.toContain('robotPrefs');
  });

  it('delete-everything removes the groups and their preferences', async () => {
    await addGroup();
    await deleteEverything(api, async () => db);
    expect(await robotGroupsItem(api).read()).toEqual([]);
    expect(await robotPrefsItem(api).read()).toEqual({ seriesDefaults: [], reminderGroups: [] });
  });
});
