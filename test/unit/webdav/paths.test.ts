import { describe, expect, it } from 'vitest';
import { parseMultistatus } from '../../../lib/webdav/multistatus';
import { checkRoot, checkServerUrl, davUrl, sameOrigin } from '../../../lib/webdav/url';

describe('the server URL', () => {
  it('adds https and a trailing slash', () => {
    expect(checkServerUrl(' dav.jianguoyun.com/dav ')).toEqual({
      ok: true,
      base: 'https://dav.jianguoyun.com/dav/',
      origin: 'https://dav.jianguoyun.com',
      insecure: null,
    });
  });

  it('refuses plain HTTP on the internet, allows it on loopback and the LAN with a warning', () => {
    expect(checkServerUrl('http://dav.example.com/')).toEqual({ ok: false, error: 'insecure' });
    expect(checkServerUrl('http://127.0.0.1:8080/')).toMatchObject({ insecure: 'loopback' });
    expect(checkServerUrl('http://localhost/dav')).toMatchObject({ insecure: 'loopback' });
    expect(checkServerUrl('http://192.168.1.20:5005/')).toMatchObject({ insecure: 'lan' });
    expect(checkServerUrl('http://10.0.0.5/')).toMatchObject({ insecure: 'lan' });
    expect(checkServerUrl('http://172.20.1.1/')).toMatchObject({ insecure: 'lan' });
    expect(checkServerUrl('http://nas.local/')).toMatchObject({ insecure: 'lan' });
    expect(checkServerUrl('http://172.32.1.1/')).toEqual({ ok: false, error: 'insecure' });
  });

  it('refuses a password in the URL, other schemes and nonsense', () => {
    expect(checkServerUrl('https://me:secret@dav.example.com/')).toEqual({
      ok: false,
      error: 'credentials',
    });
    expect(checkServerUrl('ftp://dav.example.com/')).toEqual({ ok: false, error: 'notHttp' });
    expect(checkServerUrl('')).toEqual({ ok: false, error: 'empty' });
    expect(checkServerUrl('https://exa mple.com')).toEqual({ ok: false, error: 'invalid' });
  });

  it('follows a redirect only on the same origin', () => {
    expect(sameOrigin('https://dav.example.com/other/', 'https://dav.example.com')).toBe(true);
    expect(sameOrigin('https://evil.example.net/', 'https://dav.example.com')).toBe(false);
    expect(sameOrigin('http://dav.example.com/', 'https://dav.example.com')).toBe(false);
  });
});

describe('paths under the root', () => {
  it('splits the root folder and refuses dot segments', () => {
    expect(checkRoot('/纪要/归档/')).toEqual({ ok: true, segments: ['纪要', '归档'] });
    expect(checkRoot('')).toEqual({ ok: true, segments: [] });
    expect(checkRoot('a/../b')).toEqual({ ok: false, error: 'dotSegment' });
  });

  it('encodes each segment, Chinese and reserved characters alike', () => {
    expect(davUrl('https://h/dav/', ['纪要', 'a b#?'], true)).toBe(
      'https://h/dav/%E7%BA%AA%E8%A6%81/a%20b%23%3F/',
    );
    expect(davUrl('https://h/dav/', [], true)).toBe('https://h/dav/');
  });
});

describe('a PROPFIND answer', () => {
  it('reads Nextcloud-style lower-case prefixes, full URLs and a 404 propstat', () => {
    const xml = `<?xml version="1.0"?>
<d:multistatus xmlns:d="DAV:" xmlns:oc="http://owncloud.org/ns">
 <d:response><d:href>/remote.php/dav/files/u/%E7%BA%AA%E8%A6%81/</d:href>
  <d:propstat><d:prop><d:resourcetype><d:collection/></d:resourcetype>
   <d:getetag>&quot;5f1&quot;</d:getetag></d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat>
  <d:propstat><d:prop><d:getcontentlength/></d:prop><d:status>HTTP/1.1 404 Not Found</d:status></d:propstat>
 </d:response>
 <d:response><d:href>https://cloud.example.com/remote.php/dav/files/u/%E7%BA%AA%E8%A6%81/a%20b.docx</d:href>
  <d:propstat><d:prop><d:resourcetype/><d:getetag>"e2"</d:getetag><d:getcontentlength>1234</d:getcontentlength>
   <d:getlastmodified>Wed, 02 Dec 2026 11:34:15 GMT</d:getlastmodified></d:prop>
   <d:status>HTTP/1.1 200 OK</d:status></d:propstat>
 </d:response>
</d:multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      {
        path: '/remote.php/dav/files/u/纪要/',
        collection: true,
        etag: '"5f1"',
        size: null,
        modified: null,
      },
      {
        path: '/remote.php/dav/files/u/纪要/a b.docx',
        collection: false,
        etag: '"e2"',
        size: 1234,
        modified: 'Wed, 02 Dec 2026 11:34:15 GMT',
      },
    ]);
  });

  it('reads a default namespace and skips a response without href', () => {
    const xml = `<multistatus xmlns="DAV:"><response><propstat><prop/></propstat></response>
<response><href>/x</href><propstat><prop><resourcetype/></prop><status>HTTP/1.1 200 OK</status></propstat></response></multistatus>`;
    expect(parseMultistatus(xml)).toEqual([
      { path: '/x', collection: false, etag: null, size: null, modified: null },
    ]);
  });
});
