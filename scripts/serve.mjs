// A tiny static server for the demo meeting page and test fixtures, on 127.0.0.1 only.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript' };

/**
 * Serves `dir` under the path `prefix` on 127.0.0.1:`port` (0 = any free port); resolves with the
 * base URL (ending in the prefix) and a close().
 */
export function serveDir(dir, { port = 0, prefix = '/' } = {}) {
  const rootDir = normalize(dir) + sep;
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!full.startsWith(prefix)) return res.writeHead(404).end('not found');
    const path = full.slice(prefix.length - 1);
    const file = normalize(join(rootDir, path === '/' ? 'meeting.html' : path));
    if (!file.startsWith(rootDir)) return res.writeHead(403).end();
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolve({ url: `http://127.0.0.1:${actual}${prefix}`, close: () => server.close() });
    });
  });
}
