import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { serveDir } from '../../scripts/serve.mjs';
import { INSTALL_HINT, findChrome, launchWithExtension } from '../../scripts/browser.mjs';
import { builtExtension } from './build-dir';

/**
 * End-to-end harness: the built extension in a real Chromium. Without a browser the suite is
 * skipped on a developer's machine (with a message) but fails under CI=true, so a missing
 * install can never turn the end-to-end run green.
 */
export const chromePath = findChrome();
if (!chromePath) {
  if (process.env.CI === 'true') throw new Error(`CI=true and ${INSTALL_HINT}`);
  console.warn(`[e2e] skipped: ${INSTALL_HINT}`);
}
export const hasBrowser = chromePath !== null;

/** The demo build: the store build plus the loopback demo page the tests serve fixtures on. */
export const extensionPath = builtExtension('chrome-mv3');
if (hasBrowser && !existsSync(join(extensionPath, 'manifest.json'))) {
  throw new Error(
    'The demo build is missing: run `npm run build:demo` before the end-to-end tests.',
  );
}

export interface Session {
  context: BrowserContext;
  extensionId: string;
  panelUrl: string;
  profile: string;
  /** Requests that left the extension's own pages for the network (must stay empty). */
  network: string[];
  /** Origins a test configured the extension to reach (its WebDAV server): allowed, nothing else. */
  allowed: Set<string>;
}

/**
 * Where an extension page may load from: itself, data/blob URLs, and the loopback demo and
 * fixture server (served under /minutes-demo/, test/e2e/harness.ts `useSharedBrowser`). Other
 * loopback ports are the network like any host, unless the test allowed that exact origin.
 */
const LOCAL =
  /^(chrome-extension|data|blob|about|chrome):|^http:\/\/127\.0\.0\.1(:\d+)?\/minutes-demo\//;

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

/** A fresh profile directory, removed by `dispose`. */
export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'minutes-e2e-'));
}

/** What a test may change about a launch (the robots' stand-ins: test/e2e/robots.e2e.ts). */
export interface LaunchOptions {
  /** Another build of the extension (a copy of the demo build with a changed manifest). */
  extensionPath?: string;
  /** Extra Chromium switches (`--host-resolver-rules=…`, `--ignore-certificate-errors`). */
  args?: string[];
  /**
   * Hosts the test routed to its own stand-in servers: requests to exactly these (https) are
   * allowed; every other non-local request still fails the test.
   */
  allowHosts?: string[];
}

export async function launch(
  profile: string,
  locale = 'en-US',
  options: LaunchOptions = {},
): Promise<Session> {
  const { context, extensionId } = await launchWithExtension({
    extensionPath: options.extensionPath ?? extensionPath,
    userDataDir: profile,
    locale,
    args: options.args ?? [],
  });
  const routedHosts = new Set(options.allowHosts ?? []);
  const routed = (url: string) => {
    try {
      const u = new URL(url);
      return u.protocol === 'https:' && routedHosts.has(u.host);
    } catch {
      return false;
    }
  };
  const network: string[] = [];
  const allowed = new Set<string>();
  // Security: the extension makes no network requests. Any request issued by one of its pages
  // (panel, tracker, print, docked frame) or its worker to a non-local URL is recorded here and
  // fails the test in `closeSession`.
  context.on('request', (request) => {
    const url = request.url();
    let origin = '';
    try {
      origin = request.serviceWorker()?.url() ?? request.frame().url();
    } catch {
      origin = '';
    }
    if (
      origin.startsWith('chrome-extension://') &&
      !LOCAL.test(url) &&
      !routed(url) &&
      !allowed.has(originOf(url))
    )
      network.push(url);
  });
  return {
    context,
    extensionId,
    panelUrl: `chrome-extension://${extensionId}/sidepanel.html`,
    profile,
    network,
    allowed,
  };
}

/** Closes the browser and fails if any extension page reached the network. */
export async function closeSession(session: Session | null): Promise<void> {
  if (!session) return;
  await session.context.close().catch(() => {});
  if (session.network.length) {
    throw new Error(`the extension made network requests: ${session.network.join(', ')}`);
  }
}

export async function openPanel(session: Session, hash = ''): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(session.panelUrl + hash);
  return page;
}

/**
 * Kills the browser of `profile` with SIGKILL, as a crash or a power cut would: no unload
 * handlers, no flush. The main process is the one without `--type=` in its command line.
 */
export function killBrowser(profile: string): number {
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    let cmd = '';
    try {
      cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    if (cmd.includes(`--user-data-dir=${profile}`) && !cmd.includes('--type=')) {
      process.kill(Number(pid), 'SIGKILL');
      return Number(pid);
    }
  }
  throw new Error(`no browser process found for ${profile}`);
}

export function removeProfile(profile: string): void {
  rmSync(profile, { recursive: true, force: true });
}

/**
 * The browser sessions of one describe block: `start` launches on a fresh profile, `relaunch`
 * starts the same profile again after a stop or a kill; after each test the browser is closed
 * (failing on any network request) and the profiles are removed.
 */
export function useSessions(
  locale = 'en-US',
  /** A function when the options are known only once the block's servers started. */
  launchOptions: LaunchOptions | (() => LaunchOptions) = {},
) {
  const options = () => (typeof launchOptions === 'function' ? launchOptions() : launchOptions);
  const profiles: string[] = [];
  let session: Session | null = null;
  afterEach(async () => {
    await closeSession(session);
    session = null;
    profiles.splice(0).forEach(removeProfile);
  });
  return {
    async start(lang = locale): Promise<Session> {
      const profile = newProfile();
      profiles.push(profile);
      return (session = await launch(profile, lang, options()));
    },
    async relaunch(previous: Session, lang = locale): Promise<Session> {
      return (session = await launch(previous.profile, lang, options()));
    },
    /** SIGKILLs the browser of `previous` (a crash) and starts it again. */
    async killAndRelaunch(previous: Session, lang = locale): Promise<Session> {
      const closed = previous.context.waitForEvent('close');
      killBrowser(previous.profile);
      await closed;
      return (session = await launch(previous.profile, lang, options()));
    },
  };
}

/**
 * One browser for a whole describe block, beside a local server of `dir` (the demo meeting page
 * or the fixture pages) at `/minutes-demo/`. Read `session` and `demo` inside tests and later
 * hooks; closed (failing on any network request) and cleaned up after the block.
 */
export function useSharedBrowser(dir: string) {
  const shared = {} as {
    session: Session;
    demo: { url: string; close: () => void };
    profile: string;
  };
  beforeAll(async () => {
    shared.demo = await serveDir(join(process.cwd(), dir), { prefix: '/minutes-demo/' });
    shared.profile = newProfile();
    shared.session = await launch(shared.profile);
  });
  afterAll(async () => {
    await closeSession(shared.session);
    shared.demo?.close();
    removeProfile(shared.profile);
  });
  return shared;
}
