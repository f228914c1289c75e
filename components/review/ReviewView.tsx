import type { Meeting } from '../../lib/schema';

/** 审核与导出: review state, versions, deadlines and one-click export. */
export function ReviewView(_props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  return null;
}
