/**
 * Working days for the method's deadlines ("提前3个工作日发送会议预通知"). Weekends are skipped;
 * public holidays and the make-up working days of the Chinese calendar are not known here, so a
 * deadline near a holiday can be a day or two off (said in the UI as "about").
 */
const isWeekend = (d: Date) => d.getDay() === 0 || d.getDay() === 6;

/** The start of the day `n` working days before `date`'s day, in local time. */
export function workingDaysBefore(date: Date, n: number): Date {
  const d = new Date(date.getFullYear(), date.getMonth(), date.getDate());
  let left = n;
  while (left > 0) {
    d.setDate(d.getDate() - 1);
    if (!isWeekend(d)) left--;
  }
  return d;
}

export type DeadlineState = 'upcoming' | 'due' | 'passed';

/** Upcoming before the due day, due on it, passed after it. */
export function deadlineState(dueDay: Date, now: Date): DeadlineState {
  const end = new Date(dueDay.getFullYear(), dueDay.getMonth(), dueDay.getDate() + 1);
  if (now >= end) return 'passed';
  return now >= dueDay ? 'due' : 'upcoming';
}
