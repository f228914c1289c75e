/**
 * The few words the page overlay and the timer notifications say, in both UI languages. They
 * follow the panel's language (carried in the live state), not the browser's UI language that
 * `i18n.getMessage` would use, so panel and overlay never disagree. Kept tiny for the overlay.
 */
export type OverlayLocale = 'zh-CN' | 'en';

const en = {
  label: 'Meeting timer',
  pause: 'Pause',
  resume: 'Resume',
  next: 'Next topic',
  minimise: 'Minimise the timer',
  expand: 'Show the timer',
  hide: 'Hide the timer on this page',
  dock: 'Dock the minutes panel beside the meeting',
  resize: 'Resize the minutes panel (←/→)',
  undock: 'Close the docked minutes panel',
  idle: 'Paused',
  normal: 'On time',
  warning: 'Less than {n} min left',
  overrun: 'Over time',
  notifyWarning: '{topic}: the last minutes of this topic',
  notifyOverrun: '{topic}: time is up',
};
export type OverlayKey = keyof typeof en;

const zh: typeof en = {
  label: '会议计时',
  pause: '暂停',
  resume: '继续',
  next: '下一议题',
  minimise: '最小化计时器',
  expand: '展开计时器',
  hide: '在此页隐藏计时器',
  dock: '在会议旁停靠纪要面板',
  resize: '调整纪要面板宽度(←/→)',
  undock: '关闭停靠的纪要面板',
  idle: '已暂停',
  normal: '按时进行',
  warning: '剩余不足 {n} 分钟',
  overrun: '已超时',
  notifyWarning: '{topic}:本议题进入最后几分钟',
  notifyOverrun: '{topic}:时间到',
};

export function overlayText(locale: OverlayLocale, key: OverlayKey, n = '', topic = ''): string {
  return (locale === 'zh-CN' ? zh : en)[key].replace('{n}', n).replace('{topic}', topic);
}
