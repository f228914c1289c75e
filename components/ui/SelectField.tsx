export interface SelectOption {
  value: string;
  label: string;
}

/**
 * A labelled select — the filters' one field (the tracker's, the meetings list's, the plan's).
 * `all` names a first option with the empty value, "any of these".
 */
export function SelectField(props: {
  id: string;
  label: string;
  value: string;
  options: SelectOption[];
  onChange: (value: string) => void;
  all?: string;
  /** Extra classes of the field's box (e.g. `narrow`). */
  class?: string;
}) {
  return (
    <div class={props.class ? `field ${props.class}` : 'field'}>
      <label for={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        {props.all !== undefined && <option value="">{props.all}</option>}
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
