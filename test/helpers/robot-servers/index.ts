/**
 * The stand-in robot servers together, for unit tests (plain HTTP, Node's fetch pointed at them)
 * and the end-to-end test (HTTPS with a throwaway self-signed certificate made by the `openssl`
 * CLI, the browser started with `--host-resolver-rules` mapping the real hosts here and
 * `--ignore-certificate-errors`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ServerOptions, StandIn } from './common';
import { startDingtalk } from './dingtalk';
import { startFeishu } from './feishu';
import { startWecom } from './wecom';

export type { Received, Robot, StandIn } from './common';
export { dingtalkSignOk } from './dingtalk';
export { feishuSignOk } from './feishu';

export interface RobotServers {
  dingtalk: StandIn;
  feishu: StandIn;
  lark: StandIn;
  wecom: StandIn;
  all: StandIn[];
  /** For Chromium: "MAP oapi.dingtalk.com 127.0.0.1:p1,MAP open.feishu.cn 127.0.0.1:p2,…". */
  hostResolverRules(): string;
  /**
   * A fetch that sends a real host's URL to its stand-in (Node tests: the product's channel
   * builds real webhook URLs; this only changes where the request goes).
   */
  fetch: typeof fetch;
  close(): Promise<void>;
}

/** A self-signed certificate for the four real hosts and 127.0.0.1, made with `openssl`. */
export function selfSignedCert(hosts: readonly string[]): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'robot-tls-'));
  try {
    const san = [...hosts.map((h) => `DNS:${h}`), 'IP:127.0.0.1'].join(',');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '2',
        '-subj',
        '/CN=robot stand-in',
        '-addext',
        `subjectAltName=${san}`,
      ],
      { stdio: 'ignore' },
    );
    return {
      key: readFileSync(join(dir, 'key.pem'), 'utf8'),
      cert: readFileSync(join(dir, 'cert.pem'), 'utf8'),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function startRobotServers(
  options: { https?: boolean; now?: () => number } = {},
): Promise<RobotServers> {
  const hosts = [
    'oapi.dingtalk.com',
    'open.feishu.cn',
    'open.larksuite.com',
    'qyapi.weixin.qq.com',
  ];
  const common: ServerOptions = {
    ...(options.now && { now: options.now }),
    ...(options.https && { tls: selfSignedCert(hosts) }),
  };
  const [dingtalk, feishu, lark, wecom] = await Promise.all([
    startDingtalk(common),
    startFeishu(common),
    startFeishu({ ...common, lark: true }),
    startWecom(common),
  ]);
  const all = [dingtalk, feishu, lark, wecom];
  const byHost = new Map(all.map((s) => [s.host, s]));
  return {
    dingtalk,
    feishu,
    lark,
    wecom,
    all,
    hostResolverRules: () => all.map((s) => `MAP ${s.host} 127.0.0.1:${s.port}`).join(','),
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      const server = byHost.get(url.hostname);
      if (!server) return Promise.reject(new TypeError(`no stand-in for ${url.hostname}`));
      return fetch(`${server.origin}${url.pathname}${url.search}`, init);
    },
    close: async () => void (await Promise.all(all.map((s) => s.close()))),
  };
}
