import type { SearchHit } from '../../lib/store/search';

/** The meeting's tab a hit opens on, and the element to bring into view there (if any). */
export function hitRoute(meetingId: string, hit: SearchHit): string {
  const section = {
    title: 'basic',
    goal: 'basic',
    topic: 'agenda',
    point: 'capture',
    decision: 'capture',
    attendee: 'signin',
    summary: 'review',
    item: 'plan',
  }[hit.kind];
  const target = hit.kind === 'point' && hit.refId ? `/point-${hit.refId}` : '';
  return `#/meeting/${meetingId}/${section}${target}`;
}
