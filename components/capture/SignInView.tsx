import type { Meeting } from '../../lib/schema';

/** 签到: attendees by department, role, attendance, absence reason and substitute. */
export function SignInView(_props: {
  meeting: Meeting;
  edit: (u: (m: Meeting) => Meeting) => void;
}) {
  return null;
}
