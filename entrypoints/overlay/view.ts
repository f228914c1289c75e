/**
 * The overlay's DOM, in a shadow root: no style leaks in or out (open, so accessibility tools and tests can see it).
 * Only `textContent` and attributes are written (never HTML); a render touches only what changed,
 * and the progress bar moves by `transform`, so a tick causes no layout of the meeting page.
 * The phase differs in shape and words, not only colour: ● on time, ▲ last minutes, ■ over time.
 */
import { formatClock, type TopicView } from '../../lib/timer/math';
import type { OverlayKey } from '../../lib/timer/overlay-messages';
import css from './overlay.css?inline';

export interface Pos {
  x: number;
  y: number;
}

type T = (key: OverlayKey, n?: string) => string;

const SHAPES = { idle: '○', normal: '●', warning: '▲', overrun: '■' };

function el<K extends keyof HTMLElementTagNameMap>(tag: K, cls: string, parent: Node, text = '') {
  const node = document.createElement(tag);
  node.className = cls;
  node.textContent = text;
  parent.appendChild(node);
  return node;
}

export function createView(o: {
  t: T;
  onPause: () => void;
  onNext: () => void;
  onDock: () => void;
  onHide: () => void;
  onPlace: (pos: Pos) => void;
}) {
  const { t } = o;
  const host = document.createElement('minutes-overlay');
  const root = host.attachShadow({ mode: 'open' });
  el('style', '', root, css);
  const box = el('div', 'box', root);
  box.setAttribute('role', 'group');
  box.setAttribute('aria-label', t('label'));
  const head = el('div', 'head', box);
  const shape = el('span', 'shape', head);
  shape.setAttribute('aria-hidden', 'true');
  const topic = el('span', 'topic', head);
  const button = (cls: string, label: string, text: string, fn: () => void, parent: Node) => {
    const b = el('button', cls, parent, text);
    b.type = 'button';
    b.setAttribute('aria-label', label);
    b.title = label;
    b.addEventListener('click', fn);
    return b;
  };
  button('icon', t('dock'), '⇥', o.onDock, head);
  const min = button('icon', t('minimise'), '–', () => setMin(true), head);
  button('icon', t('hide'), '×', o.onHide, head);
  const body = el('div', 'body', box);
  const clock = el('div', 'clock', body);
  clock.setAttribute('role', 'timer');
  const phase = el('div', 'phase', body);
  const bar = el('div', 'bar', body);
  const fill = el('div', 'fill', bar);
  const row = el('div', 'row', body);
  const pause = button('', t('pause'), t('pause'), o.onPause, row);
  button('', t('next'), t('next'), o.onNext, row);
  const dot = button('dot', t('expand'), '', () => setMin(false), root);
  const sr = el('div', 'sr', root);
  sr.setAttribute('aria-live', 'polite');

  let last = { phase: '', clock: '', topic: '', running: true };
  function setMin(on: boolean) {
    box.hidden = on;
    dot.hidden = !on;
    (on ? dot : min).focus();
  }
  dot.hidden = true;

  // Dragging by the header; the position is kept inside the window and remembered per site.
  head.addEventListener('pointerdown', (e) => {
    if ((e.target as HTMLElement).closest('button')) return;
    const r = host.getBoundingClientRect();
    const dx = e.clientX - r.left;
    const dy = e.clientY - r.top;
    head.setPointerCapture(e.pointerId);
    const move = (m: PointerEvent) => place({ x: m.clientX - dx, y: m.clientY - dy });
    const up = () => {
      head.removeEventListener('pointermove', move);
      const b = host.getBoundingClientRect();
      o.onPlace({ x: b.left, y: b.top });
    };
    head.addEventListener('pointermove', move);
    head.addEventListener('pointerup', up, { once: true });
  });

  function place(pos: Pos | undefined) {
    if (!pos || !Number.isFinite(pos.x) || !Number.isFinite(pos.y)) return;
    const x = Math.max(0, Math.min(pos.x, innerWidth - host.offsetWidth));
    const y = Math.max(0, Math.min(pos.y, innerHeight - host.offsetHeight));
    host.style.left = `${x}px`;
    host.style.top = `${y}px`;
    host.style.right = 'auto';
  }

  document.documentElement.appendChild(host);

  return {
    place,
    render(title: string, v: TopicView | null, warnMinutes: number) {
      const p = v ? (v.running ? v.phase : 'idle') : 'idle';
      const text = v ? formatClock(v.remainingMs) : '--:--';
      if (title !== last.topic) topic.textContent = title;
      if (text !== last.clock) clock.textContent = text;
      if (p !== last.phase) {
        box.dataset.phase = dot.dataset.phase = p;
        shape.textContent = dot.textContent = SHAPES[p];
        const words = t(p, String(warnMinutes));
        phase.textContent = words;
        // Screen readers hear threshold changes, never the seconds.
        if (p === 'warning' || p === 'overrun') sr.textContent = `${title}: ${words}`;
      }
      const running = !!v?.running;
      if (running !== last.running) {
        pause.textContent = t(running ? 'pause' : 'resume');
        pause.setAttribute('aria-label', pause.textContent);
      }
      const ratio = v && v.plannedMs > 0 ? Math.min(1, v.elapsedMs / v.plannedMs) : 0;
      fill.style.transform = `scaleX(${ratio})`;
      last = { phase: p, clock: text, topic: title, running };
    },
    destroy: () => host.remove(),
  };
}
