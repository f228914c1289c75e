/**
 * A labelled whole number of minutes within [min, max] (a topic's planned time, the agenda's cap
 * per topic, the timer's "last minutes" warning). A value outside the range, or half typed, is
 * not passed on: the stored one stays until the input fits.
 */
export function MinutesField(props: {
  id: string;
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (minutes: number) => void;
  /** The id of a message about this field (e.g. over the cap), read with it. */
  describedBy?: string;
}) {
  const { id, min, max } = props;
  return (
    <div class="field narrow">
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        value={props.value}
        aria-invalid={props.describedBy ? true : undefined}
        aria-describedby={props.describedBy}
        onInput={(e) => {
          const n = Math.round(Number(e.currentTarget.value));
          if (n >= min && n <= max) props.onChange(n);
        }}
      />
    </div>
  );
}
