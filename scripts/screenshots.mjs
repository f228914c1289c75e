// Screenshots of the real extension for the README and for looking at the UI as a user would:
// `npm run build:demo && node scripts/screenshots.mjs [outDir]` (headless; default outDir docs/screenshots;
// WXT_OUT_DIR as for the build, SHOT_LOCALE=en for English).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from './browser.mjs';
import { serveDir } from './serve.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2] ?? join(root, 'docs/screenshots');
mkdirSync(out, { recursive: true });
const profile = mkdtempSync(join(tmpdir(), 'minutes-shots-'));
const server = await serveDir(join(root, 'demo'), { prefix: '/minutes-demo/' });
const { context, extensionId } = await launchWithExtension({
  extensionPath: join(root, process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3-demo'),
  userDataDir: profile,
  locale: process.env.SHOT_LOCALE ?? 'zh-CN',
});
const zh = (process.env.SHOT_LOCALE ?? 'zh-CN').startsWith('zh');
const L = (zhText, enText) => (zh ? zhText : enText);

/**
 * The exported Word file as a reader sees it: saved through the panel's one-click export button,
 * then LibreOffice → PDF → PNG (pages 1 and 2). Skipped, with a note, without LibreOffice and
 * poppler's pdftoppm (`apt-get install -y libreoffice-writer poppler-utils`).
 */
async function wordPages(page) {
  const has = (cmd) => ['/usr/bin', '/usr/local/bin'].some((d) => existsSync(join(d, cmd)));
  if (!has('soffice') || !has('pdftoppm')) {
    console.log('No LibreOffice/pdftoppm: the Word page screenshots are left as they are.');
    return;
  }
  const work = mkdtempSync(join(tmpdir(), 'minutes-docx-'));
  try {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: L('导出Word(.docx)', 'Export Word (.docx)') }).click(),
    ]);
    const docx = join(work, 'minutes.docx');
    await download.saveAs(docx);
    const home = `-env:UserInstallation=file://${join(work, 'lo')}`;
    execFileSync('soffice', [home, '--headless', '--convert-to', 'pdf', '--outdir', work, docx], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '2',
      join(work, 'minutes.pdf'),
      join(work, 'page'),
    ]);
    for (const n of [1, 2]) {
      const png = ['page-' + n + '.png', 'page-0' + n + '.png']
        .map((f) => join(work, f))
        .find(existsSync);
      if (png) execFileSync('cp', [png, join(out, `word-export-page${n}.png`)]);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

try {
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 860 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await panel.getByRole('button', { name: L('+ 新建会议', '+ New meeting') }).click();
  await panel.getByLabel(L('会议名称', 'Meeting name')).fill('项目Q3推广跨部门协作会');
  await panel.getByLabel(L('会议室', 'Room')).fill('公司3楼会议室A');
  await panel.getByLabel(L('主持人', 'Host'), { exact: true }).fill('张三');
  await panel.getByLabel(L('主持人职务', 'Host’s position')).fill('市场部经理');
  await panel.getByLabel(L('记录人', 'Recorder'), { exact: true }).fill('李四');
  await panel.getByLabel(L('会议核心目标', 'Core goal')).fill('确定Q3产品推广分工');
  await panel.screenshot({ path: join(out, 'panel-basic.png') });

  await panel.getByRole('tab', { name: L('议程', 'Agenda') }).click();
  const topics = [
    ['Q2推广活动复盘', '20'],
    ['Q3推广目标及策略讨论', '25'],
    ['部门分工与资源协调', '20'],
  ];
  for (const [i, [title, minutes]] of topics.entries()) {
    await panel.getByRole('button', { name: L('+ 添加议题', '+ Add topic') }).click();
    await panel.getByLabel(L(`议题 ${i + 2}`, `Topic ${i + 2}`)).fill(title);
    await panel
      .locator('.topic')
      .nth(i + 1)
      .getByLabel(L('计划(分钟)', 'Planned (min)'))
      .fill(minutes);
  }
  await panel.screenshot({ path: join(out, 'panel-agenda.png'), fullPage: true });

  await panel.getByRole('tab', { name: L('计时', 'Timer') }).click();
  await panel.getByRole('button', { name: new RegExp(L('开始会议', 'Start the meeting')) }).click();
  const meeting = await context.newPage();
  await meeting.setViewportSize({ width: 1280, height: 720 });
  await meeting.goto(`${server.url}meeting.html`);
  await meeting.locator('minutes-overlay').waitFor();
  // The timer overlay's corner of the meeting page, and a click on one of its buttons.
  const overlayShot = (name) =>
    meeting.screenshot({ path: join(out, name), clip: { x: 980, y: 40, width: 300, height: 200 } });
  const overlayButton = (name) =>
    meeting.locator('minutes-overlay').getByRole('button', { name }).click();
  await meeting.screenshot({ path: join(out, 'overlay-normal.png') });
  await panel.bringToFront();
  await panel.screenshot({ path: join(out, 'panel-timer.png'), fullPage: true });

  // The last minutes and overrun states: shorten the running opening topic to reach them.
  await panel.getByRole('tab', { name: L('议程', 'Agenda') }).click();
  await panel.locator('.topic').first().getByLabel(L('计划(分钟)', 'Planned (min)')).fill('1');
  await meeting.bringToFront();
  await meeting.waitForTimeout(1500);
  await overlayShot('overlay-warning.png');
  await panel.locator('.topic').first().getByLabel(L('计划(分钟)', 'Planned (min)')).fill('0');
  await meeting.waitForTimeout(1500);
  await overlayShot('overlay-overrun.png');
  await overlayButton(L('暂停', 'Pause'));
  await meeting.waitForTimeout(500);
  await overlayShot('overlay-paused.png');
  await overlayButton(L('最小化计时器', 'Minimise the timer'));
  await overlayShot('overlay-minimised.png');
  // The docked panel beside the meeting, with the timer.
  await overlayButton(L('展开计时器', 'Show the timer'));
  await overlayButton(L('继续', 'Resume'));
  await overlayButton(/停靠|Dock/);
  // The dock's shadow root is closed (the site must not see the frame), so Playwright's
  // selectors do not reach it: the frame is found in the browser's frame tree.
  let dock;
  while (!(dock = meeting.frames().find((f) => f.url().includes('/sidepanel.html'))))
    await meeting.waitForTimeout(100);
  await dock.getByRole('button').first().waitFor();
  await meeting.waitForTimeout(800);
  await meeting.screenshot({ path: join(out, 'beside-meeting.png') });

  // The template's example meeting: capture, action plan, review; then the tracker.
  const welcome = await context.newPage();
  await welcome.setViewportSize({ width: 900, height: 900 });
  await welcome.goto(`chrome-extension://${extensionId}/welcome.html`);
  await welcome.screenshot({ path: join(out, 'welcome.png'), fullPage: true });
  const opened = context.waitForEvent('page');
  await welcome
    .getByRole('button', { name: L('打开示例会议', 'Open the example meeting') })
    .click();
  const example = await opened;
  await example.setViewportSize({ width: 420, height: 900 });
  await example.getByRole('tab', { name: L('记录', 'Notes') }).click();
  await example.locator('[data-bench=capture-input]').waitFor();
  await example.waitForTimeout(500);
  await example.screenshot({ path: join(out, 'panel-capture.png') });
  await example.getByRole('tab', { name: L('行动计划', 'Action plan') }).click();
  await example.waitForTimeout(800);
  await example.screenshot({ path: join(out, 'panel-plan.png') });
  await example.getByRole('tab', { name: L('审核导出', 'Review & export') }).click();
  await example.waitForTimeout(800);
  await example.screenshot({ path: join(out, 'panel-review.png') });
  await wordPages(example);
  const tracker = await context.newPage();
  await tracker.setViewportSize({ width: 1200, height: 800 });
  await tracker.goto(`chrome-extension://${extensionId}/tracker.html`);
  await tracker.waitForTimeout(800);
  await tracker.screenshot({ path: join(out, 'tracker.png') });
  const options = await context.newPage();
  await options.setViewportSize({ width: 900, height: 900 });
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.waitForTimeout(500);
  await options.screenshot({ path: join(out, 'settings.png'), fullPage: true });
  console.log(`Screenshots in ${out}`);
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
