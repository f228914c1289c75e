import { describe, expect, it } from 'vitest';
import { packRecords, unpackRecords } from '../../lib/adapters/backup-pack';
import { seedItemsFor, seedMeetingFor } from '../helpers/seed';

/** The restore worker's records cross to the page in one buffer and come back unchanged. */
describe('records packed for the page', () => {
  it('round-trips meetings and items, Chinese text, emoji and control characters included', async () => {
    const odd = { ...seedMeetingFor('zh-CN'), title: '纪要😀\u0000\u202E"\\' };
    const records = [odd, ...seedItemsFor('zh-CN'), { ...odd, id: 'second' }];
    const packed = packRecords(records);
    expect(packed.ends).toHaveLength(records.length);
    expect(await unpackRecords(packed)).toEqual(records);
  });

  it('yields to the page while unpacking many records, and keeps their order', async () => {
    const records = Array.from({ length: 3000 }, (_, i) => ({
      id: `r${i}`,
      text: 'x'.repeat(500),
    }));
    let yields = 0;
    const original = globalThis.setTimeout;
    globalThis.setTimeout = ((fn: () => void, ms?: number) => {
      yields++;
      return original(fn, ms);
    }) as typeof setTimeout;
    try {
      expect(await unpackRecords(packRecords(records))).toEqual(records);
    } finally {
      globalThis.setTimeout = original;
    }
    expect(yields).toBeGreaterThanOrEqual(2); // 1.5 MB in slices of 250 KB
  });

  it('packs nothing as nothing', async () => {
    expect(await unpackRecords(packRecords([]))).toEqual([]);
  });
});
