// `npm start`: opens Chromium with the built extension beside the bundled demo meeting page.
// The profile lives in .demo-profile/, so minutes typed in the demo are still there next time.
// HEADLESS=1 runs without a window and saves screenshots instead (for machines without a display).
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { INSTALL_HINT, findChrome, launchWithExtension } from './browser.mjs';
import { cjkFontHint } from './fonts.mjs';
import { serveDir } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
// The demo build (`npm run build:demo`): the store build does not run on the loopback demo page.
const extensionPath = join(root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3-demo');
const headless = process.env.HEADLESS === '1';

if (!existsSync(join(extensionPath, 'manifest.json'))) {
  console.error('The demo build is missing: run `npm run build:demo` (or `npm start`).');
  process.exit(1);
}
if (!findChrome()) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
if (
  !headless &&
  process.platform === 'linux' &&
  !process.env.DISPLAY &&
  !process.env.WAYLAND_DISPLAY
) {
  console.error(
    'No display found. Run with HEADLESS=1 to take screenshots instead of opening a window.',
  );
  process.exit(1);
}

const fontHint = cjkFontHint();
if (fontHint) console.warn(fontHint);

// Served under the path the overlay's content script matches (lib/timer/demo.ts).
const server = await serveDir(join(root, 'demo'), {
  port: Number(process.env.DEMO_PORT ?? 0),
  prefix: '/minutes-demo/',
});
const userDataDir = join(root, '.demo-profile');
mkdirSync(userDataDir, { recursive: true });
const { context, extensionId } = await launchWithExtension({
  extensionPath,
  userDataDir,
  headless,
});
const meeting = context.pages()[0] ?? (await context.newPage());
await meeting.goto(server.url);

// Open the real side panel beside the meeting. Chrome only allows that from an extension page,
// so a helper tab asks for it and closes again.
const helper = await context.newPage();
await helper.goto(`chrome-extension://${extensionId}/sidepanel.html`);
const opened = await helper
  .evaluate(async () => {
    const win = await chrome.windows.getCurrent();
    await chrome.sidePanel.open({ windowId: win.id });
    return true;
  })
  .catch(() => false);
await meeting.bringToFront();

console.log(`Demo meeting: ${server.url}`);
console.log(`Panel page:   chrome-extension://${extensionId}/sidepanel.html`);
if (!opened)
  console.log('Click the extension’s toolbar button (or press Alt+Shift+M) to open the panel.');

if (headless) {
  await meeting.screenshot({ path: join(root, 'demo-meeting.png') });
  await helper.setViewportSize({ width: 400, height: 800 });
  await helper.screenshot({ path: join(root, 'demo-panel.png') });
  console.log('Screenshots: demo-meeting.png, demo-panel.png');
  await context.close();
  server.close();
} else {
  await helper.close();
  console.log('Close the browser window to stop.');
  context.on('close', () => server.close());
}
