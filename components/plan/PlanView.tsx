import type { Meeting } from '../../lib/schema';

/** 行动计划表: this meeting's action items, form and table. */
export function PlanView(_props: { meeting: Meeting; edit: (u: (m: Meeting) => Meeting) => void }) {
  return null;
}
