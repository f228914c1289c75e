import type { Meeting } from '../../lib/schema';

/** 会中记录: review of earlier items, talking points per topic, decisions, close-out. */
export function CaptureView(_props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  return null;
}
