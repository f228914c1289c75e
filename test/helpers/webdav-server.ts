import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real WebDAV server for the tests: Debian's `rclone serve webdav` on a temporary folder, on
 * 127.0.0.1 at a random port with basic auth, behind a small proxy that
 * - adds the preconditions rclone 1.60 ignores on PUT (`If-None-Match: *`, `If-Match`), as
 *   Nextcloud and 坚果云 honour them, so "never over an existing file" is tested for real
 *   (one write at a time through the proxy, so check and write cannot interleave);
 * - injects faults on demand: a status (401, 412, 507…), a timeout (the request is held), or a
 *   cut upload (`'cut'`, PUT only: the first half of the body is written, as a server that does
 *   not write atomically keeps an upload whose client died, and the request is held);
 * - counts the bytes the client sent.
 * `.ci/run` installs rclone; `rcloneMissing` says when it is not there.
 */
export interface WebDavServer {
  /** The proxy's base URL, e.g. http://127.0.0.1:40123/ */
  url: string;
  origin: string;
  user: string;
  pass: string;
  /** The folder rclone serves: what "the server's disk" holds. */
  dir: string;
  /**
   * The next `count` requests (matching `method`, if given; `count` may be Infinity) get this
   * status, hang, or (PUT) are cut off half-way.
   */
  fault(what: Fault['what'], options?: { method?: string; count?: number }): void;
  /** Ends every fault; the requests held so far are dropped (their clients see the socket close). */
  clearFaults(): void;
  /** Bytes of request bodies received so far, requests by method, requests held so far. */
  stats: { bytesIn: number; requests: Record<string, number>; held: number };
  close(): Promise<void>;
}

export interface Fault {
  what: number | 'timeout' | 'cut';
  method?: string;
  count: number;
}

export async function startWebDav(user = 'tester', pass = 'app-pass-测试'): Promise<WebDavServer> {
  const dir = mkdtempSync(join(tmpdir(), 'minutes-dav-'));
  const child = spawn(
    'rclone',
    ['serve', 'webdav', dir, '--addr', '127.0.0.1:0', '--user', user, '--pass', pass],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const upstream = await new Promise<string>((resolve, reject) => {
    let log = '';
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`rclone exited (${code}): ${log}`)));
    child.stderr!.on('data', (chunk: Buffer) => {
      log += chunk.toString();
      const found = /started on (http:\/\/127\.0\.0\.1:\d+)\//.exec(log);
      if (found) resolve(found[1]!);
    });
  });
  const faults: Fault[] = [];
  const held: http.ServerResponse[] = [];
  const stats = { bytesIn: 0, requests: {} as Record<string, number>, held: 0 };
  const hold = (res: http.ServerResponse) => {
    held.push(res);
    stats.held++;
  };
  let queue: Promise<unknown> = Promise.resolve();

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const method = req.method ?? 'GET';
      stats.bytesIn += body.length;
      stats.requests[method] = (stats.requests[method] ?? 0) + 1;
      const fault = faults.find((f) => !f.method || f.method === method);
      if (fault) {
        if (--fault.count <= 0) faults.splice(faults.indexOf(fault), 1);
        if (fault.what === 'timeout') return void hold(res);
        if (fault.what === 'cut') {
          const half = body.subarray(0, Math.floor(body.length / 2));
          const write = () => cutWrite(upstream, req, half).finally(() => hold(res));
          return void (queue = queue.then(write, write));
        }
        res.writeHead(fault.what, { 'content-type': 'text/plain' });
        return void res.end(`injected ${fault.what}`);
      }
      const run = () => forward(upstream, req, body, res);
      if (method === 'GET' || method === 'PROPFIND' || method === 'HEAD') return void run();
      queue = queue.then(run, run);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/`,
    origin,
    user,
    pass,
    dir,
    stats,
    fault(what, options = {}) {
      faults.push({ what, method: options.method, count: options.count ?? 1 });
    },
    clearFaults() {
      faults.splice(0);
      held.splice(0).forEach((res) => res.destroy());
    },
    async close() {
      held.splice(0).forEach((res) => res.destroy());
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stop(child);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

const HOP = new Set(['connection', 'keep-alive', 'transfer-encoding', 'host', 'content-length']);

function headersOf(req: http.IncomingMessage): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(req.headers)) {
    if (!HOP.has(k) && typeof v === 'string') out[k] = v;
  }
  return out;
}

/** What a server that does not write atomically keeps of an upload cut off: part of the body. */
async function cutWrite(upstream: string, req: http.IncomingMessage, part: Buffer): Promise<void> {
  await fetch(upstream + (req.url ?? '/'), {
    method: 'PUT',
    headers: { authorization: req.headers.authorization ?? '' },
    body: new Uint8Array(part),
  }).catch(() => {});
}

/** Forwards one request; for PUT, checks `If-None-Match: *` / `If-Match` first. */
async function forward(
  upstream: string,
  req: http.IncomingMessage,
  body: Buffer,
  res: http.ServerResponse,
): Promise<void> {
  const headers = headersOf(req);
  const target = upstream + (req.url ?? '/');
  try {
    if (req.method === 'PUT' && (headers['if-none-match'] || headers['if-match'])) {
      const head = await fetch(target, {
        method: 'HEAD',
        headers: { authorization: headers.authorization ?? '' },
      });
      const exists = head.status < 300;
      const etag = head.headers.get('etag');
      const noneMatch = headers['if-none-match'] === '*' && exists;
      const ifMatch = headers['if-match'];
      const matchFails =
        ifMatch !== undefined && (!exists || (ifMatch !== '*' && ifMatch !== etag));
      if (head.status !== 401 && (noneMatch || matchFails)) {
        res.writeHead(412, { 'content-type': 'text/plain' });
        return void res.end('Precondition Failed');
      }
    }
    const answer = await fetch(target, {
      method: req.method,
      headers,
      body: req.method === 'GET' || req.method === 'HEAD' ? undefined : new Uint8Array(body),
      redirect: 'manual',
    });
    const out = Buffer.from(await answer.arrayBuffer());
    const back: Record<string, string> = {};
    answer.headers.forEach((v, k) => {
      if (!HOP.has(k) && k !== 'content-encoding') back[k] = v;
    });
    res.writeHead(answer.status, back);
    res.end(out);
  } catch (e) {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(String(e));
  }
}

/** Whether rclone is missing (a developer's machine without it; .ci/run installs it). */
export function rcloneMissing(): boolean {
  return spawnSync('rclone', ['version'], { stdio: 'ignore' }).status !== 0;
}
