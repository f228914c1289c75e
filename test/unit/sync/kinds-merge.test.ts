import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Settings } from '../../../lib/adapters/settings';
import { DEVICE_ONLY } from '../../../lib/sync/device-only';
import { mergeHistory } from '../../../lib/sync/history';
import { mergePerson, PERSON_FIELDS, PERSON_KEYS } from '../../../lib/sync/person';

const version = (n: number, takenAt: string, title: string) => ({
  version: n,
  takenAt,
  meeting: { id: 'm1', title, rev: n * 7 },
  items: [],
});
const mark = (n: number, at: string) => ({ version: n, at });

describe('a meeting history merged from two computers (lib/sync/history.ts)', () => {
  it('keeps one copy of the same version put aside on both, whatever its rev there', () => {
    const a = version(1, '2026-03-02T10:00:00.000Z', '周会');
    const b = {
      ...version(1, '2026-03-02T11:00:00.000Z', '周会'),
      meeting: { id: 'm1', title: '周会', rev: 99 },
    };
    const merged = mergeHistory(
      { versions: [a], distributions: [], planVersions: [] },
      { versions: [b], distributions: [], planVersions: [] },
    );
    expect(merged.versions).toEqual([a]);
  });

  it('renumbers a collision by time, moves the marks with their versions and the current one up', () => {
    const v1 = version(1, '2026-03-02T09:00:00.000Z', 'v1');
    const local = {
      versions: [v1, version(2, '2026-03-02T12:00:00.000Z', 'B 的 v2')],
      distributions: [mark(2, '2026-03-02T11:50:00.000Z'), mark(3, '2026-03-02T13:00:00.000Z')],
      planVersions: [],
    };
    const remote = {
      versions: [v1, version(2, '2026-03-02T10:00:00.000Z', 'A 的 v2')],
      distributions: [mark(2, '2026-03-02T09:50:00.000Z')],
      planVersions: [],
    };
    const merged = mergeHistory(local, remote);
    expect(
      merged.versions.map((v) => [
        (v as { version: number }).version,
        (v as { meeting: { title: string } }).meeting.title,
      ]),
    ).toEqual([
      [1, 'v1'],
      [2, 'A 的 v2'],
      [3, 'B 的 v2'],
    ]);
    // A's mark of its v2, B's of its v2 (now 3), B's of the version it is editing (now 4).
    expect(merged.distributions).toEqual([
      mark(2, '2026-03-02T09:50:00.000Z'),
      mark(3, '2026-03-02T11:50:00.000Z'),
      mark(4, '2026-03-02T13:00:00.000Z'),
    ]);
    // Merging again, either way round, changes nothing: both computers end with the same.
    expect(mergeHistory(merged, remote)).toEqual(merged);
    expect(mergeHistory(local, merged)).toEqual(merged);
  });
});

describe("the person's settings merged field by field (lib/sync/person.ts)", () => {
  const body = (values: Record<string, unknown>, at: Record<string, string>) => ({ values, at });
  it('first sync: a field never changed on one side takes the other side, without a conflict', () => {
    const { body: merged, conflicts } = mergePerson(
      null,
      body(
        { 'settings.language': 'auto', 'settings.departments': ['市场部'] },
        { 'settings.departments': 't1' },
      ),
      body(
        { 'settings.language': 'en', 'settings.departments': [] },
        { 'settings.language': 't2' },
      ),
    );
    expect(merged.values).toMatchObject({
      'settings.language': 'en',
      'settings.departments': ['市场部'],
    });
    expect(conflicts).toEqual([]);
  });

  it('a list of names: what one added and the other removed both hold', () => {
    const base = body({ 'settings.departments': ['市场部', '财务部'] }, {});
    const { body: merged } = mergePerson(
      base,
      body(
        { 'settings.departments': ['市场部', '财务部', '销售部'] },
        { 'settings.departments': 't2' },
      ),
      body({ 'settings.departments': ['市场部'] }, { 'settings.departments': 't3' }),
    );
    expect(merged.values['settings.departments']).toEqual(['市场部', '销售部']);
  });
});

describe('what stays on this computer (lib/sync/device-only.ts)', () => {
  it('every field of the settings travels or is listed as device-only with its reason', () => {
    const fields = Object.keys(Settings.parse({}));
    for (const f of fields) {
      const travels = PERSON_FIELDS.settings.some((p) => p === f || p.startsWith(`${f}.`));
      expect(travels || !!DEVICE_ONLY[`settings.${f}`], `settings.${f}`).toBe(true);
    }
  });

  it('every storage.local key the extension names travels or is listed as device-only', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const path = join(dir, name);
        if (statSync(path).isDirectory()) walk(path);
        else if (path.endsWith('.ts')) files.push(path);
      }
    };
    walk('lib');
    walk('entrypoints');
    const keys = files.flatMap((f) =>
      [...readFileSync(f, 'utf8').matchAll(/export const \w+_KEY = '([^']+)'/g)].map((m) => m[1]!),
    );
    expect(keys.length).toBeGreaterThan(10);
    for (const key of keys) {
      const known = (PERSON_KEYS as string[]).includes(key) || key in DEVICE_ONLY;
      expect(known, key).toBe(true);
    }
  });
});
