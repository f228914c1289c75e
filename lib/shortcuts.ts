import type { MessageKey } from './i18n';

/**
 * Every keyboard shortcut of the extension, in one place: the manifest's commands read their keys
 * from here, the capture view shows its two groups beside the input and the list, and the settings
 * page lists them all (its "Keyboard shortcuts" section). A shortcut added to a component should
 * be added here too, or the list in the settings tells users less than the product does.
 * Keys are written as on a PC keyboard; the settings page says what they are on a Mac.
 */
export type Shortcut = readonly [keys: string, label: MessageKey];

/** The browser-level commands (manifest `commands`); users can rebind them in the browser. */
export const COMMAND_KEYS = { panel: 'Alt+Shift+M', dock: 'Alt+Shift+D' } as const;

/** In the talking-point input (components/capture/PointInput.tsx, PointCapture.tsx). */
export const CAPTURE_INPUT_KEYS: readonly Shortcut[] = [
  ['Enter', 'capture.keys.save'],
  ['Shift+Enter', 'capture.keys.newline'],
  ['Alt+1–4', 'capture.keys.kind'],
  ['Alt+D', 'capture.keys.department'],
  ['Alt+S', 'capture.keys.speaker'],
  ['Alt+A', 'capture.keys.itemFromLast'],
  ['Ctrl+Z', 'capture.keys.undo'],
  ['Ctrl+Shift+Z', 'capture.keys.redo'],
];

/** On a focused point of the list (components/capture/PointList.tsx, PointRow.tsx). */
export const CAPTURE_LIST_KEYS: readonly Shortcut[] = [
  ['↑ ↓', 'capture.keys.rows'],
  ['Enter', 'capture.keys.edit'],
  ['1–4', 'capture.keys.kind'],
  ['A', 'capture.keys.item'],
  ['Alt+↑ ↓', 'capture.keys.reorder'],
  ['Delete', 'capture.keys.delete'],
];

export interface ShortcutGroup {
  id: string;
  title: MessageKey;
  keys: readonly Shortcut[];
}

/** The full list, grouped by where the keys work, for the settings page. */
export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = [
  {
    id: 'browser',
    title: 'settings.keys.browser',
    keys: [
      [COMMAND_KEYS.panel, 'welcome.key.panel'],
      [COMMAND_KEYS.dock, 'welcome.key.dock'],
    ],
  },
  {
    // Tabs.tsx, ExportMenu.tsx, MeetingRow.tsx, PointEditForm.tsx, ItemForm.tsx
    id: 'general',
    title: 'settings.keys.general',
    keys: [
      ['Tab, Shift+Tab', 'settings.keys.tab'],
      ['← → Home End', 'settings.keys.tabs'],
      ['↓ ↑ Home End', 'settings.keys.menu'],
      ['Esc', 'settings.keys.escape'],
    ],
  },
  { id: 'agenda', title: 'settings.keys.agenda', keys: [['Alt+↑ ↓', 'settings.keys.topicMove']] },
  {
    // AttendeeAdd.tsx, RosterPaste.tsx
    id: 'signin',
    title: 'settings.keys.signin',
    keys: [
      ['Enter', 'settings.keys.attendeeAdd'],
      ['Ctrl+Enter', 'settings.keys.rosterPaste'],
    ],
  },
  {
    id: 'capture',
    title: 'settings.keys.capture',
    keys: [...CAPTURE_INPUT_KEYS, ['↑ ↓ Enter Esc', 'settings.keys.suggest']],
  },
  { id: 'points', title: 'settings.keys.points', keys: CAPTURE_LIST_KEYS },
  {
    // components/plan/gridKeys.ts, used by the action plan and the tracker
    id: 'tables',
    title: 'settings.keys.tables',
    keys: [
      ['↑ ↓ ← →', 'settings.keys.cells'],
      ['Home End', 'settings.keys.edges'],
      ['Alt+↑ ↓', 'settings.keys.inField'],
    ],
  },
  // entrypoints/overlay/dock.ts: the resize handle beside the docked panel
  { id: 'dock', title: 'settings.keys.dock', keys: [['← →', 'settings.keys.dockResize']] },
];
