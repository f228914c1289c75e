import type { Attendee } from '../schema';
import type { ExportLabels } from './labels';

/**
 * The sign-in lines of the minutes. 参会部门及人员 groups people by department in the order they
 * were signed in, and shows a substitute where they sat in ("钱七(代王五)"), so the list says
 * who was actually in the room; 缺席人员及原因 says who was not, why, and who came instead.
 */

const same = (a: string, b: string) => a.trim() !== '' && a.trim() === b.trim();

export function departmentLines(attendees: readonly Attendee[], L: ExportLabels): string[] {
  const groups = new Map<string, string[]>();
  const add = (department: string, entry: string) => {
    const key = department.trim();
    const list = groups.get(key) ?? [];
    list.push(entry);
    groups.set(key, list);
  };
  const absent = attendees.filter((a) => a.attendance === 'absent');
  const present = attendees.filter((a) => a.attendance !== 'absent' && a.name.trim());

  for (const a of present) {
    const notes = absent
      .filter((b) => same(b.substitute, a.name))
      .map((b) => L.substituteFor(b.name));
    if (a.attendance === 'late') notes.push(L.late);
    add(a.department, a.name.trim() + (notes.length ? L.paren(notes.join(L.comma)) : ''));
  }
  // A substitute nobody signed in still attended: list them under the department they stood in for.
  for (const b of absent) {
    if (b.substitute.trim() && !present.some((a) => same(a.name, b.substitute))) {
      add(b.department, b.substitute.trim() + L.paren(L.substituteFor(b.name)));
    }
  }
  return [...groups].map(([department, names]) =>
    department ? `${department}${L.colon}${names.join(L.listSep)}` : names.join(L.listSep),
  );
}

export function absenteeLines(attendees: readonly Attendee[], L: ExportLabels): string[] {
  const lines = attendees
    .filter((a) => a.attendance === 'absent' && a.name.trim())
    .map((a) =>
      L.absentee(
        a.name.trim(),
        [a.department.trim(), a.absenceReason.trim()].filter(Boolean),
        a.substitute.trim(),
      ),
    );
  return lines.length ? lines : [L.none];
}

/** "张三(市场部经理)". */
export const personWithTitle = (name: string, title: string, L: ExportLabels): string =>
  name.trim() && title.trim() ? name.trim() + L.paren(title.trim()) : name.trim() || title.trim();
