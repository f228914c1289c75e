/**
 * The meeting pages of the Firefox suite, on 127.0.0.1 (any free port) under the demo path the
 * content script matches: the demo meeting (`meeting.html`) and a strict one (`strict.html`)
 * served with a Content-Security-Policy that allows no inline style and reports every violation
 * to this server. A meeting site with such a policy would learn from a report that the extension
 * is there. `report-uri`, not `report-to`: with `report-to` Firefox ignores `report-uri` and
 * sends reports through the Reporting API in delayed batches, so a test could not tell when all
 * reports are in.
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { DEMO_PATH } from '../../../lib/timer/demo';

export interface MeetingServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The URL of a page by name: `meeting.html`, `strict.html`. */
  url(page: string): string;
  /** CSP violation reports received, as sent (JSON text). */
  reports: string[];
  close(): void;
}

const PAGES: Record<string, string> = {
  'meeting.html': 'demo/meeting.html',
  'strict.html': 'test/fixtures/pages/strict-csp.html',
};

export async function startMeetingServer(): Promise<MeetingServer> {
  const reports: string[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST' && path === '/csp-report') {
      let body = '';
      req.on('data', (chunk) => (body += chunk));
      req.on('end', () => {
        reports.push(body);
        res.writeHead(204).end();
      });
      return;
    }
    const file = path.startsWith(DEMO_PATH) ? PAGES[path.slice(DEMO_PATH.length)] : undefined;
    if (!file) return res.writeHead(404).end();
    const headers: Record<string, string> = { 'content-type': 'text/html; charset=utf-8' };
    if (file.includes('strict')) {
      headers['content-security-policy'] =
        "default-src 'self'; style-src 'self' 'report-sample'; report-uri /csp-report";
    }
    res.writeHead(200, headers).end(readFileSync(join(process.cwd(), file)));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (page) => `${origin}${DEMO_PATH}${page}`,
    reports,
    close: () => server.close(),
  };
}
