/**
 * What every Firefox session checks, whatever its test does:
 *
 * - No errors from the extension, read from Firefox's output from the launch on (so a restart's
 *   first seconds are covered too): uncaught errors and rejections of its pages, background and
 *   content script go to stderr as `JavaScript error: moz-extension://<uuid>/…, line N: …`; with
 *   `devtools.console.stdout.content` web content's `console.error` calls go to stdout as
 *   `console.error: <argument as source>` (a string argument in quotes). The extension's pages
 *   are web content there, and the test's own pages log nothing; Firefox's own code prints some
 *   of its errors there too, but always behind a prefix (`console.error: RSLoader: …`), which
 *   is how they are told apart. (Firefox never reports extension pages' console calls over
 *   WebDriver BiDi, and the browser process's console store holds only its own messages.)
 * - No network request from the extension: an observer in the browser process
 *   (`http-on-opening-request`) sees every HTTP(S) request with the principal that made it. Any
 *   request not made by Firefox itself (the system principal) to an origin other than the test's
 *   own servers fails the session; that covers extension pages, the background, content scripts,
 *   and anything they make a meeting page load. The observer is set up right after each launch
 *   (and before the install on a fresh profile); what the background might do in the moment
 *   between a restart and that, the proxy below still keeps off the network.
 * - Nothing leaves the machine: every non-loopback request goes to a local proxy that answers 502
 *   (Firefox's own services, such as remote settings, keep trying to reach out).
 */
import type { ChildProcess } from 'node:child_process';
import { createServer, type IncomingMessage } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { createInterface } from 'node:readline';

export interface Guards {
  /** Firefox prefs that send all non-loopback traffic to the guard's proxy. */
  prefs: Record<string, string | number>;
  readOutput(child: ChildProcess): void;
  /** Installs the request observer in the browser process (`chrome` evaluates there). */
  watch(chrome: <T>(expression: string) => Promise<T>): Promise<void>;
  /** Reads what the observer saw so far. */
  collect(): Promise<void>;
  /** Errors seen (the extension's uncaught errors, pages' console.error), as Firefox printed them. */
  errors: string[];
  /** Requests to a host the test did not set up, made by something other than Firefox itself. */
  network: string[];
  stop(): void;
  assertClean(): void;
}

/** A content page's console.error on stdout; Firefox's own come with a prefix (`Name: `). */
const CONSOLE_ERROR = /^console\.error: (?![A-Za-z][\w.\- ]*: )/;

/** Set up in the browser window: records every request not made by Firefox itself. */
const WATCH = `(() => {
  if (globalThis.__minutesRequests) return true;
  const requests = (globalThis.__minutesRequests = []);
  const who = (p) => !p ? 'none' : p.isSystemPrincipal ? 'system'
    : p.addonId ? 'extension ' + p.addonId
    : p.isExpandedPrincipal ? 'content script (' + p.allowlist.map((x) => x.origin).join(' + ') + ')'
    : p.origin;
  Services.obs.addObserver((subject) => {
    const { loadInfo, URI } = subject.QueryInterface(Ci.nsIChannel);
    const by = who(loadInfo.triggeringPrincipal);
    const within = who(loadInfo.loadingPrincipal);
    if (by === 'system' && (within === 'system' || within === 'none')) return;
    requests.push({ url: URI.spec, by, within });
  }, 'http-on-opening-request');
  return true;
})()`;

/**
 * `tunnels`: real HTTPS hosts (`oapi.dingtalk.com`) whose connections the proxy passes to a local
 * port (a stand-in server), as Chromium's `--host-resolver-rules` does; every other one gets 502.
 */
export async function startGuards(
  uuid: string,
  origins: string[],
  tunnels: Record<string, number> = {},
): Promise<Guards> {
  const proxy = createServer((_req, res) => res.writeHead(502).end());
  proxy.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    const [host, port] = (req.url ?? '').split(':');
    const local = port === '443' ? tunnels[host!] : undefined;
    if (local === undefined) return void socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
    const upstream = connect(local, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    const drop = () => (upstream.destroy(), socket.destroy());
    upstream.on('error', drop);
    socket.on('error', drop);
  });
  await new Promise<void>((ok) => proxy.listen(0, '127.0.0.1', ok));
  const port = (proxy.address() as AddressInfo).port;
  const ours = `moz-extension://${uuid}/`;
  let chrome: (<T>(expression: string) => Promise<T>) | null = null;

  const guards: Guards = {
    prefs: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
    },
    errors: [],
    network: [],
    readOutput(child) {
      const read = (stream: NodeJS.ReadableStream | null) => {
        if (!stream) return;
        createInterface({ input: stream }).on('line', (line) => {
          if (line.includes(`JavaScript error: ${ours}`) || CONSOLE_ERROR.test(line)) {
            guards.errors.push(line);
          }
        });
      };
      read(child.stdout);
      read(child.stderr);
    },
    async watch(evaluate) {
      chrome = evaluate;
      await evaluate(WATCH);
    },
    async collect() {
      if (!chrome) return;
      const seen = await chrome<{ url: string; by: string; within: string }[]>(
        'globalThis.__minutesRequests.splice(0)',
      );
      for (const { url, by, within } of seen) {
        if (!origins.includes(new URL(url).origin))
          guards.network.push(`${url} (by ${by} in ${within})`);
      }
    },
    stop() {
      chrome = null;
      proxy.close();
    },
    assertClean() {
      const problems = [
        ...guards.errors.map((e) => `error: ${e}`),
        ...guards.network.map((n) => `network request: ${n}`),
      ];
      if (problems.length) throw new Error(`Firefox session:\n${problems.join('\n')}`);
    },
  };
  return guards;
}
