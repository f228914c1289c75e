import type { MessageKey, Translate } from '../i18n';
import { EDITABLE_FIELDS } from '../plan/changes';
import type { SyncKind } from './document';

/**
 * A conflict's field in the words the editor uses for it (lib/sync/plan.ts fieldConflicts
 * writes paths such as `title`, `topics[t1].ownerName` or `decisions[d2].text`), so the user
 * recognises what both computers changed. A path with a part we have no label for is shown as
 * it is: an odd name beats a wrong one.
 */
const MEETING: Record<string, MessageKey> = {
  title: 'field.title',
  startAt: 'field.startAt',
  endAt: 'field.endAt',
  room: 'field.room',
  platform: 'field.platform',
  link: 'field.link',
  meetingCode: 'field.meetingCode',
  host: 'field.host',
  hostTitle: 'field.hostTitle',
  recorder: 'field.recorder',
  recorderTitle: 'field.recorderTitle',
  goal: 'field.goal',
  series: 'field.series',
  department: 'field.department',
  summary: 'capture.summary',
  topicCapMinutes: 'agenda.cap',
};

/** Lists of records with ids: the path names the list and the record's id. */
const LISTS: Record<string, MessageKey> = {
  topics: 'timer.topic',
  decisions: 'capture.kind.decision',
  points: 'capture.points.heading',
  attendees: 'capture.signin.heading',
};

/** Fields inside a list's record; its title or text is what the list's label already names. */
const NESTED: Record<string, MessageKey | null> = {
  title: null,
  text: null,
  name: 'capture.signin.name',
  substitute: 'capture.signin.substitute',
  ownerName: 'agenda.owner',
  ownerDepartment: 'agenda.department',
  department: 'agenda.department',
  plannedMinutes: 'agenda.planned',
  materials: 'agenda.materials',
  speaker: 'capture.speaker',
  kind: 'capture.kind',
};

/** The person's settings (lib/sync/person.ts), named as the settings page names them. */
const PERSON: Record<string, MessageKey> = {
  'settings.alerts.warnMinutes': 'alerts.warnMinutes',
  'settings.alerts.chime': 'alerts.chime',
  'settings.alerts.notify': 'alerts.notify',
  'settings.language': 'settings.language',
  'settings.overlayOff': 'settings.overlay',
  'settings.departments': 'settings.departments',
  'exportPrefs.defaultFormat': 'review.options.default',
  'exportPrefs.fileNamePattern': 'review.options.pattern',
  'reminderSettings.lead': 'plan.reminders.lead',
  'reminderSettings.workingDaysOnly': 'plan.reminders.workingDays',
  'reminderSettings.hour': 'settings.reminders',
  trackerUser: 'plan.tracker.by',
};

/** An action item's fields have labels of their own (`plan.field.<name>`, as its history shows them). */
const ITEM: readonly string[] = EDITABLE_FIELDS;

/** A table's own entry only: a path part such as `constructor` must not find Object's. */
const own = <T>(table: Record<string, T>, key: string): T | undefined =>
  Object.hasOwn(table, key) ? table[key] : undefined;

const SEGMENT = /^([A-Za-z]+)(?:\[([^\]]*)\])?$/;

export function fieldLabel(t: Translate, kind: SyncKind, path: string): string {
  if (kind === 'person') {
    const key = own(PERSON, path);
    return key ? t(key) : path;
  }
  const parts = path.split('.').map((p) => SEGMENT.exec(p));
  if (!parts.length || parts.some((p) => !p)) return path;
  const [first, ...rest] = parts as RegExpExecArray[];
  const [, name = '', id] = first!;
  if (kind === 'actionItem') {
    const known = ITEM.includes(name) && id === undefined && !rest.length;
    return known ? t(`plan.field.${name}` as MessageKey) : path;
  }
  const top = own(MEETING, name);
  if (id === undefined) return !rest.length && top ? t(top) : path;
  const list = own(LISTS, name);
  if (!list || rest.length > 1) return path;
  const labels = [t(list)];
  const field = rest[0];
  if (field) {
    const nested = own(NESTED, field[1] ?? '');
    if (field[2] !== undefined || nested === undefined) return path;
    if (nested) labels.push(t(nested));
  }
  return labels.join(' › ');
}

/** A value as plain text for the side-by-side view; '' for nothing (shown as empty). */
export function valueText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(', ');
  return JSON.stringify(value, null, 1);
}
