/**
 * Whether minutes can still be edited, apart from the rest of the review (lib/review.ts) so the
 * panel's start-up, which needs only this, does not carry the review's transitions and deadlines
 * (test/build/budgets.test.ts).
 */
import type { Meeting } from './schema';

export type ReviewState = Meeting['review']['state'];

/** Approved minutes cannot be edited; the other tabs show them disabled. */
export const isReadOnly = (meeting: Pick<Meeting, 'review'>): boolean =>
  meeting.review.state === 'approved';
