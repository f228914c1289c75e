// Finding and launching a Chromium with the built extension loaded (and finding a Firefox). Shared by the demo
// (`npm start`), the end-to-end tests and the benchmark, so all three start the browser one way.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

export const INSTALL_HINT =
  'No Chromium/Chrome found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`) ' +
  'or point CHROME_PATH at a Chrome/Chromium executable.';

/** `override` when set (null if it does not exist), else the first candidate that exists. */
function find(override, candidates) {
  if (override) return existsSync(override) ? override : null;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** CHROME_PATH, else the usual install locations; null when there is none. */
export function findChrome(env = process.env) {
  return find(env.CHROME_PATH, CANDIDATES);
}

const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

export const FIREFOX_INSTALL_HINT =
  'No Firefox found. Install one (Debian: `sudo apt-get install -y firefox-esr`) ' +
  'or point FIREFOX_PATH at a Firefox executable (140 or later).';

/** FIREFOX_PATH, else the usual install locations; null when there is none. */
export function findFirefox(env = process.env) {
  return find(env.FIREFOX_PATH, FIREFOX_CANDIDATES);
}

/**
 * Launches Chromium with the unpacked extension at `extensionPath` and a persistent profile in
 * `userDataDir` (reuse it to "restart the browser"). Resolves with the context and extension id.
 */
export async function launchWithExtension({
  extensionPath,
  userDataDir,
  headless = true,
  locale,
  args = [],
}) {
  const executablePath = findChrome();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless,
    locale,
    viewport: headless ? { width: 1280, height: 800 } : null,
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      ...args,
    ],
  });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId, executablePath };
}
