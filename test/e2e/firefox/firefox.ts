/**
 * End-to-end harness for Firefox: the Firefox build (`.output/firefox-mv2`, or `$WXT_OUT_DIR`) in a
 * real Firefox ESR, headless, driven by puppeteer-core over WebDriver BiDi. What it takes, as
 * checked on Firefox ESR 153 (docs/firefox-testing.md has the longer story):
 *
 * - Launch: `puppeteer.launch({ browser: 'firefox', executablePath, userDataDir, headless })` with
 *   `--remote-allow-system-access`; without it Firefox refuses WebDriver navigation to
 *   `moz-extension://` pages and access to the browser's own window (BiDi's "chrome" scope).
 *   Playwright's `firefox` needs its own patched build and cannot drive a stock Firefox.
 * - Install: BiDi `webExtension.install` with `moz:permanent` (a normal, not a temporary add-on:
 *   it survives restarts like a user's; unsigned is accepted with
 *   `xpinstall.signatures.required: false` on ESR). Done after the guards are in place, so the
 *   first run of the background is watched too.
 * - The extension's UUID is fixed by the pref `extensions.webextensions.uuids`, so its pages are
 *   `moz-extension://<uuid>/….html` in every launch of a profile.
 * - Language: `intl.accept_languages` sets `navigator.languages` (the UI language follows it).
 * - Extension pages are opened and found as pages.ts says (`page.goto()` does not work for them).
 * - Each page gets its own window: a background tab has no animation frames and throttled timers,
 *   so its effects run seconds late and clicks into it are slow.
 * - Browser UI (sidebar, keyboard commands, prompts) is reached by evaluating in the browser
 *   window's own document (`browser.xhtml`, BiDi `moz:scope: 'chrome'`): keys sent to a page never
 *   reach browser shortcuts.
 * - Errors of extension pages and the background never arrive as puppeteer console events; they
 *   are read from Firefox's stdout and stderr (guards.ts), as is whether the extension made a
 *   request (an observer in the browser process).
 */
import {
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { randomUUID } from 'node:crypto';
import { zipSync } from 'fflate';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { FIREFOX_INSTALL_HINT, findFirefox } from '../../../scripts/browser.mjs';
import { builtExtension } from '../build-dir';
import { startGuards, type Guards } from './guards';
import { waitFor } from './pages';

export const firefoxPath = findFirefox();
if (!firefoxPath) {
  if (process.env.CI === 'true') throw new Error(`CI=true and ${FIREFOX_INSTALL_HINT}`);
  console.warn(`[e2e firefox] skipped: ${FIREFOX_INSTALL_HINT}`);
}
export const hasFirefox = firefoxPath !== null;

/** The build `npm test` made for Firefox (the same output dir as the Chromium suite's). */
/** The Firefox build `npm test` made (the same build folder as the Chromium suite's). */
export const extensionDir = builtExtension('firefox-mv2');
if (hasFirefox && !existsSync(join(extensionDir, 'manifest.json'))) {
  throw new Error('The extension is not built: run `npm run build:firefox` before this suite.');
}

function geckoId(): string {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  return manifest.browser_specific_settings.gecko.id;
}

/** The build zipped (an .xpi is a zip of the extension's directory), once per run. */
let xpiBytes: Uint8Array | null = null;
function xpi(): Uint8Array {
  if (xpiBytes) return xpiBytes;
  const files: Record<string, Uint8Array> = {};
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files[relative(extensionDir, path)] = readFileSync(path);
    }
  };
  walk(extensionDir);
  return (xpiBytes = zipSync(files));
}

/** One UUID for the whole run: every profile sees the extension at the same address. */
const UUID = randomUUID();

export interface FirefoxSession {
  browser: Browser;
  profile: string;
  /** `moz-extension://<uuid>/` */
  base: string;
  guards: Guards;
  /**
   * Evaluates `expression` in the document of the browser window that holds `page` (default: the
   * first window, which stays open); resolves with its JSON value.
   */
  chrome<T = unknown>(expression: string, page?: Page): Promise<T>;
  /** The raw WebDriver BiDi session (for what puppeteer does not offer). */
  bidi: BidiSession;
}

interface BidiSession {
  send(method: string, params: object): Promise<{ result: Record<string, unknown> }>;
}

interface Context {
  context: string;
  url: string;
  clientWindow: string;
}

/** The browser window's own document (`browser.xhtml`) holding `page`, or the first one's. */
async function windowContext(session: BidiSession, page?: Page): Promise<string> {
  const windows = (await session.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result
    .contexts as Context[];
  const browserWindows = windows.filter((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!page) return browserWindows[0]!.context;
  const id = (page.mainFrame() as unknown as { browsingContext: { id: string } }).browsingContext
    .id;
  const tabs = (await session.send('browsingContext.getTree', {})).result.contexts as Context[];
  const tab = tabs.find((c) => c.context === id);
  return browserWindows.find((w) => w.clientWindow === tab?.clientWindow)!.context;
}

/** The raw BiDi session under puppeteer (for the browser-window scope puppeteer does not model). */
function bidi(page: Page): BidiSession {
  const frame = page.mainFrame() as unknown as {
    browsingContext: { navigate(url: string, wait: string): Promise<void> } & {
      userContext: { browser: { session: BidiSession } };
    };
  };
  return frame.browsingContext.userContext.browser.session;
}

export function newProfile(): string {
  return mkdtempSync(join(tmpdir(), 'minutes-ff-'));
}

export function removeProfile(profile: string): void {
  if (profile) rmSync(profile, { recursive: true, force: true });
}

/**
 * Starts Firefox on `profile`. `install` (a fresh profile) installs the extension, as a user
 * would, after the guards are watching. `lang` is the browser's language list's first entry.
 * `origins` are the test's own servers: the only hosts a request may go to. `tunnels` sends real
 * HTTPS hosts to local stand-in servers (guards.ts), whose certificates are then accepted.
 */
export async function launchFirefox(
  profile: string,
  {
    lang = 'en-US',
    install = false,
    origins = [] as string[],
    tunnels = {} as Record<string, number>,
  } = {},
): Promise<FirefoxSession> {
  const id = geckoId();
  const guards = await startGuards(UUID, origins, tunnels);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath!,
    headless: true,
    // Tunnelled hosts are stand-ins with a throwaway self-signed certificate.
    acceptInsecureCerts: Object.keys(tunnels).length > 0,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [id]: UUID }),
      'xpinstall.signatures.required': false,
      'extensions.autoDisableScopes': 0,
      'extensions.enabledScopes': 15,
      'devtools.console.stdout.content': true,
      'intl.accept_languages': lang.startsWith('zh') ? 'zh-CN, zh, en-US, en' : 'en-US, en',
      // Downloads go to the profile's folder without asking.
      'browser.download.folderList': 2,
      'browser.download.dir': join(profile, 'downloads'),
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      ...guards.prefs,
    },
  });
  guards.readOutput(browser.process()!);
  const [first] = await browser.pages();
  const session = bidi(first!);
  const chrome = async <T>(expression: string, page?: Page): Promise<T> => {
    const { result } = await session.send('script.evaluate', {
      expression: `(async () => JSON.stringify(await (${expression})))()`,
      target: { context: await windowContext(session, page) },
      awaitPromise: true,
      resultOwnership: 'none',
    });
    if (result.type !== 'success')
      throw new Error(`in the browser window: ${JSON.stringify(result)}`);
    const value = (result.result as { value?: string }).value;
    return value === undefined ? (undefined as T) : (JSON.parse(value) as T);
  };
  await guards.watch(chrome);
  if (install) {
    // Firefox copies the file into the profile; the temporary one goes at once.
    const dir = mkdtempSync(join(tmpdir(), 'minutes-xpi-'));
    try {
      writeFileSync(join(dir, 'minutes.xpi'), xpi());
      await session.send('webExtension.install', {
        extensionData: { type: 'archivePath', path: join(dir, 'minutes.xpi') },
        'moz:permanent': true,
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // Ready when the add-on is running in this browser (after a restart it starts on its own).
  await waitFor(() =>
    chrome<boolean>(`WebExtensionPolicy.getByID(${JSON.stringify(id)})?.active === true`),
  );
  return { browser, profile, base: `moz-extension://${UUID}/`, guards, chrome, bidi: session };
}

/**
 * Puppeteer puts the profile's own `prefs.js` / `user.js` back from their `.puppeteer` copies
 * after the process exits, asynchronously (FirefoxLauncher.cleanUserDataDir). A launch on the
 * same profile before that has finished races it (CI: ENOENT copying `user.js`), so a session
 * ends only once the copies are gone.
 */
async function profileRestored(profile: string): Promise<void> {
  await waitFor(() =>
    ['prefs.js', 'user.js'].every((file) => !existsSync(join(profile, `${file}.puppeteer`))),
  );
}

/** Closes Firefox; fails on any extension error or network request seen in the session. */
export async function closeFirefox(session: FirefoxSession | null): Promise<void> {
  if (!session) return;
  await session.guards.collect().catch(() => {});
  await session.browser.close().catch(() => {});
  await profileRestored(session.profile);
  session.guards.stop();
  session.guards.assertClean();
}

/** SIGKILLs Firefox, as a crash or a power cut would (no unload, no flush); returns the guards' verdict. */
export async function killFirefox(session: FirefoxSession): Promise<void> {
  await session.guards.collect();
  const child = session.browser.process()!;
  const exited = new Promise((ok) => child.once('exit', ok));
  child.kill('SIGKILL');
  await exited;
  session.browser.disconnect().catch(() => {});
  await profileRestored(session.profile);
  session.guards.stop();
  session.guards.assertClean();
}
