import { MEETING_SCHEMA_VERSION, Meeting } from './meeting';
import { newId } from './primitives';

/** A new, empty draft. `now` is passed in so tests decide the clock. */
export function createMeeting(now: Date, init: Partial<Meeting> = {}): Meeting {
  const at = now.toISOString();
  return Meeting.parse({
    ...init,
    schemaVersion: MEETING_SCHEMA_VERSION,
    id: init.id ?? newId(),
    rev: 0,
    createdAt: at,
    updatedAt: at,
  });
}
