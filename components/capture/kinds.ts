import { POINT_KINDS } from '../../lib/schema';
import type { MessageKey } from '../../lib/i18n';

export type PointKind = (typeof POINT_KINDS)[number];

export const KIND_KEYS: Record<PointKind, MessageKey> = {
  viewpoint: 'capture.kind.viewpoint',
  disagreement: 'capture.kind.disagreement',
  consensus: 'capture.kind.consensus',
  decision: 'capture.kind.decision',
};

const formats = new Map<string, Intl.DateTimeFormat>();

/** HH:mm of an instant; one formatter per locale, shared by every row. */
export function clock(iso: string, locale: string): string {
  let f = formats.get(locale);
  if (!f) formats.set(locale, (f = new Intl.DateTimeFormat(locale, { timeStyle: 'short' })));
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : f.format(d);
}
