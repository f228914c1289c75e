import { describe, expect, it } from 'vitest';
import { isCustomHost, normalizeOrigin, originPattern } from '../../lib/custom-hosts';

describe('custom meeting hosts', () => {
  it.each([
    ['meet.example.com', { ok: true, origin: 'https://meet.example.com' }],
    ['https://meet.example.com/room/123?x=1', { ok: true, origin: 'https://meet.example.com' }],
    ['http://oa.corp.local:8080/meeting', { ok: true, origin: 'http://oa.corp.local:8080' }],
    ['  JITSI.Company.cn  ', { ok: true, origin: 'https://jitsi.company.cn' }],
    ['ftp://files.example.com', { ok: false, error: 'notHttp' }],
    ['javascript:alert(1)', { ok: false, error: 'invalid' }],
    ['*.example.com', { ok: false, error: 'invalid' }],
    ['intranet', { ok: false, error: 'tooBroad' }],
    ['', { ok: false, error: 'invalid' }],
  ])('%j → %j', (input, expected) => {
    expect(normalizeOrigin(input)).toEqual(expected);
  });

  it('gives a pattern for exactly that host and matches only it', () => {
    expect(originPattern('http://oa.corp.local:8080')).toBe('http://oa.corp.local/*');
    const hosts = ['https://meet.example.com'];
    expect(isCustomHost(new URL('https://meet.example.com/abc'), hosts)).toBe(true);
    expect(isCustomHost(new URL('https://evil.meet.example.com/abc'), hosts)).toBe(false);
    expect(isCustomHost(new URL('http://meet.example.com/abc'), hosts)).toBe(false);
  });
});
