/**
 * An address as a user types it: without a scheme (`dav.example.com/dav`) it is HTTPS, a scheme
 * given is kept. The meeting hosts (lib/custom-hosts.ts), the shared folder (lib/webdav/url.ts)
 * and its reading at send time (lib/adapters/webdav-send.ts) read an address this one way.
 * Throws, as `new URL` does, when the text is not an address.
 */
export const typedUrl = (text: string): URL =>
  new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`);
