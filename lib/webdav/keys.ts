/** The storage.local keys of the WebDAV connection and its password (lib/adapters/webdav.ts). */
export const WEBDAV_KEY = 'webdav';
export const WEBDAV_PASSWORD_KEY = 'webdavPassword';
