/** A column header that sorts the table; aria-sort says how it is sorted now. */
export function SortHeader<K extends string>(props: {
  column: K;
  label: string;
  sort: { key: K; desc: boolean };
  onSort: (sort: { key: K; desc: boolean }) => void;
  class?: string;
}) {
  const { column, sort } = props;
  const active = sort.key === column;
  return (
    <th
      scope="col"
      class={props.class}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : undefined}
    >
      <button
        type="button"
        class="sort"
        onClick={() => props.onSort({ key: column, desc: active ? !sort.desc : false })}
      >
        {props.label}
        <span aria-hidden="true" class="sort-mark">
          {active ? (sort.desc ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
