/** Keyboard helpers shared by the capture components. */

/** True while an input method (Chinese pinyin, …) is composing: its Enter confirms a word. */
export const composing = (e: KeyboardEvent) => e.isComposing || e.keyCode === 229;

/** Ctrl (Cmd on a Mac) without Alt. */
export const mod = (e: KeyboardEvent) => (e.ctrlKey || e.metaKey) && !e.altKey;

export type HistoryKey = 'undo' | 'redo' | null;

/** Ctrl/Cmd+Z undo; Ctrl/Cmd+Shift+Z and Ctrl+Y redo. */
export function historyKey(e: KeyboardEvent): HistoryKey {
  if (!mod(e)) return null;
  const k = e.key.toLowerCase();
  if (k === 'z') return e.shiftKey ? 'redo' : 'undo';
  if (k === 'y' && !e.shiftKey) return 'redo';
  return null;
}

/** A text field that still has text of its own to undo natively. */
export function ownsUndo(target: EventTarget | null): boolean {
  const el = target as HTMLInputElement | null;
  const tag = el?.tagName;
  return (tag === 'INPUT' || tag === 'TEXTAREA') && el!.value !== '';
}

/** Focuses an element by id after the next paint (once Preact has rendered it). */
export function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}
