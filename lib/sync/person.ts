/**
 * The settings that belong to the person, as one synced document (kind `person`, id `person`):
 * what they would set again on a second computer. Pure; lib/adapters/sync-person.ts reads and
 * writes them in storage.local.
 *
 * Field by field: the body holds each field's value and when it was last changed (as far as
 * this computer knows: the pass that first saw the change, ~2 s after it). Merged against the
 * last synced body: a field changed on one side takes that side's value; changed on both, a
 * list of names (departments, sites without the overlay) keeps what either added and drops what
 * either removed, any other field keeps the later change and is listed as a conflict for the
 * user to choose (never dropped silently).
 */
import { canonical } from './document';
import type { FieldConflict } from './plan';

/** The fields that travel, by storage.local key and the path inside its value ('' the value). */
export const PERSON_FIELDS = {
  settings: [
    'alerts.warnMinutes',
    'alerts.chime',
    'alerts.notify',
    'language',
    'overlayOff',
    'departments',
  ],
  exportPrefs: ['defaultFormat', 'fileNamePattern'],
  reminderSettings: ['lead', 'workingDaysOnly', 'hour'],
  trackerUser: [''],
} as const;
export type PersonKey = keyof typeof PERSON_FIELDS;
export const PERSON_KEYS = Object.keys(PERSON_FIELDS) as PersonKey[];

/** Fields that are lists of names: merged as sets. */
const SETS = new Set(['settings.overlayOff', 'settings.departments']);

export const fieldPaths = (): string[] =>
  PERSON_KEYS.flatMap((key) => PERSON_FIELDS[key].map((f) => (f ? `${key}.${f}` : key)));

export interface PersonBody {
  values: Record<string, unknown>;
  /** ISO time each field was last changed; absent: never changed from the default. */
  at: Record<string, string>;
}

/** Each field's local record: its value (canonical) when its change was first seen, and when. */
export type PersonEdits = Record<string, { v: string; at: string }>;

const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);

/**
 * This computer's body: its values, each with the time of its change. A value that matches the
 * edit seen before keeps that time; one equal to the last synced keeps the synced time; one
 * equal to the default and never synced has none; anything else changed since: `now`, and
 * `edits` is updated (the caller stores it).
 */
export function personBody(
  values: Record<string, unknown>,
  defaults: Record<string, unknown>,
  base: PersonBody | null,
  edits: PersonEdits,
  now: string,
): PersonBody {
  const at: Record<string, string> = {};
  for (const path of fieldPaths()) {
    const v = values[path];
    const text = canonical(v);
    const seen = edits[path];
    const synced = base && path in base.values ? base.values[path] : defaults[path];
    let when: string | undefined;
    if (seen?.v === text) when = seen.at;
    else if (same(v, synced)) when = base?.at[path];
    else edits[path] = { v: text, at: (when = now) };
    if (when) at[path] = when;
  }
  return { values: Object.fromEntries(fieldPaths().map((p) => [p, values[p]])), at };
}

const asBody = (v: unknown): PersonBody => {
  const o = (v ?? {}) as Partial<PersonBody>;
  return { values: o.values ?? {}, at: o.at ?? {} };
};

/** Added by either, removed by either: a set merge of two lists of names against the base. */
function mergeSet(base: unknown, local: unknown, remote: unknown): unknown[] {
  const list = (v: unknown) => (Array.isArray(v) ? v : []);
  const [b, l, r] = [list(base), list(local), list(remote)];
  const gone = new Set([...b.filter((x) => !l.includes(x)), ...b.filter((x) => !r.includes(x))]);
  return [...new Set([...l, ...r])].filter((x) => !gone.has(x));
}

/**
 * Merges the two bodies against the last synced one, and reports the fields both changed to
 * different values with the one kept. With no base (the first sync of two computers), a field
 * counts as changed on a side that has a time for it: one never changed there is its default.
 */
export function mergePerson(
  baseRaw: unknown,
  localRaw: unknown,
  remoteRaw: unknown,
): { body: PersonBody; conflicts: FieldConflict[] } {
  const [local, remote] = [asBody(localRaw), asBody(remoteRaw)];
  const base = baseRaw ? asBody(baseRaw) : null;
  const body: PersonBody = { values: {}, at: {} };
  const conflicts: FieldConflict[] = [];
  for (const path of fieldPaths()) {
    const b = base?.values[path];
    const [l, r] = [local.values[path], remote.values[path]];
    const [la, ra] = [local.at[path] ?? '', remote.at[path] ?? ''];
    const changed = (v: unknown, at: string) => (base ? !same(v, b) : !!at);
    let [value, at] = [l, la >= ra ? la : ra];
    if (same(l, r)) value = l;
    else if (!changed(l, la)) [value, at] = [r, ra];
    else if (!changed(r, ra)) [value, at] = [l, la];
    else if (SETS.has(path)) value = mergeSet(b, l, r);
    else {
      // The later change wins; a tie (the same moment on both) is broken by the values, so
      // both computers pick the same one.
      const localWins = la > ra || (la === ra && canonical(l) > canonical(r));
      [value, at] = localWins ? [l, la] : [r, ra];
      conflicts.push({ path, local: l, remote: r, kept: localWins ? 'local' : 'remote' });
    }
    if (value !== undefined) body.values[path] = value;
    if (at) body.at[path] = at;
  }
  return { body, conflicts };
}

/** A field's value inside its key's stored value (`alerts.chime` of settings). */
export function getField(stored: unknown, field: string): unknown {
  if (!field) return stored;
  let node = stored;
  for (const step of field.split('.')) node = (node as Record<string, unknown> | null)?.[step];
  return node;
}

/** The key's value with `field` set to `value` (a copy). */
export function setField(stored: unknown, field: string, value: unknown): unknown {
  if (!field) return value;
  const [step, ...rest] = field.split('.');
  const obj = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  return { ...obj, [step!]: setField(obj[step!], rest.join('.'), value) };
}
