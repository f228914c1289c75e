/**
 * Plumbing shared by the stand-in robot servers (dingtalk.ts, feishu.ts, wecom.ts): one HTTP or
 * HTTPS server on 127.0.0.1 per platform, robots registered by token, a record of every request,
 * a per-robot minute window for the documented rate limits, and switches to go down and up.
 *
 * Each platform file implements its documented request format and answers from the platform's
 * documentation, and verifies signatures with its OWN code (node:crypto), written from the docs,
 * not with the product's lib/robots/sign.ts: a shared mistake would otherwise pass unseen.
 */
import { createServer as createHttp, type IncomingMessage, type Server } from 'node:http';
import { createServer as createHttps } from 'node:https';
import type { AddressInfo, Socket } from 'node:net';

export interface Robot {
  token: string;
  secret?: string;
  /** Custom keywords: a message must contain at least one. */
  keywords?: string[];
}

export interface Received {
  at: number;
  method: string;
  path: string;
  query: Record<string, string>;
  token: string;
  body: unknown;
  raw: string;
  /** The answer given: HTTP status and JSON body. */
  status: number;
  answer: Record<string, unknown>;
  /** True when the platform would have posted it to the group. */
  posted: boolean;
}

export interface Answer {
  status?: number;
  body: Record<string, unknown>;
  posted?: boolean;
}

export interface Request {
  method: string;
  url: URL;
  raw: string;
  json: unknown;
  jsonOk: boolean;
  headers: IncomingMessage['headers'];
}

export interface ServerOptions {
  /** TLS key and certificate (PEM) to serve HTTPS; plain HTTP without. */
  tls?: { key: string; cert: string };
  /** The server's clock, for signature timestamps and rate windows (ms). */
  now?: () => number;
  /** Port to listen on (0: a free one). */
  port?: number;
}

export interface StandIn {
  readonly platform: string;
  /** The real host this stands in for (oapi.dingtalk.com, …). */
  readonly host: string;
  readonly port: number;
  /** "http://127.0.0.1:port" or "https://127.0.0.1:port". */
  readonly origin: string;
  readonly received: Received[];
  /** Requests the platform accepted and would have posted, in order. */
  posted(): Received[];
  addRobot(robot: Robot): void;
  /** The webhook's token stops working (robot removed / URL reset): the documented error. */
  revoke(token: string): void;
  /** Stops accepting connections (refused) and drops open ones. */
  down(): Promise<void>;
  up(): Promise<void>;
  /** The next `n` requests get HTTP `status` (e.g. 502) before anything else is checked. */
  failNext(n: number, status: number): void;
  /** Requests per minute per robot before the rate-limit answer. */
  ratePerMinute: number;
  /** Waits until `count` requests were received (no fixed sleeps in tests). */
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  close(): Promise<void>;
}

export type Handler = (
  req: Request,
  ctx: {
    robots: Map<string, Robot>;
    revoked: Set<string>;
    now: () => number;
    /** Counts a post for `token`; false when over the per-minute limit. */
    allow: (token: string) => boolean;
  },
) => Answer & { token: string };

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => ok(Buffer.concat(chunks).toString('utf8')));
    req.on('error', fail);
  });
}

export async function startStandIn(
  platform: string,
  host: string,
  handler: Handler,
  options: ServerOptions = {},
): Promise<StandIn> {
  const now = options.now ?? (() => Date.now());
  const robots = new Map<string, Robot>();
  const revoked = new Set<string>();
  const received: Received[] = [];
  const windows = new Map<string, number[]>();
  const waiters: (() => void)[] = [];
  let failing = { n: 0, status: 500 };
  const sockets = new Set<Socket>();

  const api: StandIn = {
    platform,
    host,
    port: 0,
    origin: '',
    received,
    posted: () => received.filter((r) => r.posted),
    addRobot: (robot) => void robots.set(robot.token, robot),
    revoke: (token) => void revoked.add(token),
    down: async () => {
      await new Promise<void>((ok) => {
        server.close(() => ok());
        for (const s of sockets) s.destroy();
      });
    },
    up: () => listen(api.port),
    failNext: (n, status) => void (failing = { n, status }),
    ratePerMinute: 20,
    waitFor: (count, timeoutMs = 20_000) =>
      new Promise((ok, fail) => {
        const check = () => {
          if (received.length < count) return false;
          ok(received.slice());
          return true;
        };
        if (check()) return;
        const timer = setTimeout(
          () => fail(new Error(`${platform}: ${received.length} of ${count} requests`)),
          timeoutMs,
        );
        waiters.push(() => {
          if (check()) clearTimeout(timer);
        });
      }),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((ok) => server.close(() => ok()));
    },
  };

  const allow = (token: string) => {
    const t = now();
    const recent = (windows.get(token) ?? []).filter((at) => t - at < 60_000);
    if (recent.length >= api.ratePerMinute) {
      windows.set(token, recent);
      return false;
    }
    windows.set(token, [...recent, t]);
    return true;
  };

  const listener = async (
    req: IncomingMessage,
    res: import('node:http').ServerResponse,
  ): Promise<void> => {
    const raw = await readBody(req);
    const url = new URL(req.url ?? '/', `http://${req.headers.host ?? host}`);
    let json: unknown = null;
    let jsonOk = true;
    try {
      json = JSON.parse(raw);
    } catch {
      jsonOk = false;
    }
    let answer: Answer & { token: string };
    if (failing.n > 0) {
      failing.n -= 1;
      answer = { token: '', status: failing.status, body: { error: 'stand-in failure' } };
    } else {
      answer = handler(
        { method: req.method ?? 'GET', url, raw, json, jsonOk, headers: req.headers },
        { robots, revoked, now, allow },
      );
    }
    const status = answer.status ?? 200;
    received.push({
      at: now(),
      method: req.method ?? '',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      token: answer.token,
      body: json,
      raw,
      status,
      answer: answer.body,
      posted: Boolean(answer.posted),
    });
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(answer.body));
    for (const w of waiters.slice()) w();
  };

  const server: Server = options.tls
    ? createHttps(options.tls, (q, s) => void listener(q, s))
    : createHttp((q, s) => void listener(q, s));
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  function listen(port: number): Promise<void> {
    return new Promise((ok, fail) => {
      server.once('error', fail);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', fail);
        const actual = (server.address() as AddressInfo).port;
        Object.assign(api, {
          port: actual,
          origin: `${options.tls ? 'https' : 'http'}://127.0.0.1:${actual}`,
        });
        ok();
      });
    });
  }
  await listen(options.port ?? 0);
  return api;
}

/** Every string inside a JSON value (a message's visible text, wherever the format puts it). */
export function allText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(allText).join('\n');
  if (value && typeof value === 'object') return Object.values(value).map(allText).join('\n');
  return '';
}

export const utf8Bytes = (s: string) => Buffer.byteLength(s, 'utf8');
