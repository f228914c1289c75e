/**
 * Spreadsheet-like keyboard movement in a table whose focusable controls carry `data-col` and
 * sit in rows with `data-row`: ↑/↓ go to the same column in the row above/below, ←/→ to the
 * previous/next control in the row, Home/End to the first/last row. Inside a select or a text or
 * date field the arrows belong to the field, so there Alt+↑/↓ moves between rows instead.
 */
export function gridKeyDown(e: KeyboardEvent): void {
  const target = e.target as HTMLElement;
  const col = target.getAttribute('data-col');
  const row = target.closest<HTMLElement>('[data-row]');
  const body = row?.parentElement;
  if (!col || !row || !body) return;
  const editing =
    target.tagName === 'SELECT' ||
    target.tagName === 'TEXTAREA' ||
    (target.tagName === 'INPUT' && (target as HTMLInputElement).type !== 'checkbox');
  const rows = [...body.querySelectorAll<HTMLElement>(':scope > [data-row]')];
  const index = rows.indexOf(row);
  let to: HTMLElement | null | undefined = null;

  if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (e.altKey || !editing)) {
    const next = rows[index + (e.key === 'ArrowDown' ? 1 : -1)];
    to = next?.querySelector<HTMLElement>(`[data-col="${col}"]`);
  } else if ((e.key === 'Home' || e.key === 'End') && !editing) {
    const edge = e.key === 'Home' ? rows[0] : rows[rows.length - 1];
    to = edge?.querySelector<HTMLElement>(`[data-col="${col}"]`);
  } else if ((e.key === 'ArrowLeft' || e.key === 'ArrowRight') && !editing) {
    const cells = [...row.querySelectorAll<HTMLElement>('[data-col]')];
    to = cells[cells.indexOf(target) + (e.key === 'ArrowRight' ? 1 : -1)];
  }
  if (to) {
    e.preventDefault();
    to.focus();
  }
}
