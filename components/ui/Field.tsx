import type { ComponentChildren, JSX } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'datetime-local' | 'date';
  multiline?: boolean;
  /** A textarea's height in lines. */
  rows?: number;
  placeholder?: string;
  /** Shown under the field and read with it. */
  hint?: string;
  error?: string;
  required?: boolean;
  /** A datalist's id: suggestions the user can pick or ignore. */
  list?: string;
  autoFocus?: boolean;
  /** The keys that reach this field from anywhere in the view (aria-keyshortcuts). */
  keyShortcuts?: string;
  onBlur?: () => void;
  /** The schema's limit for this field: longer text would not be readable back. */
  maxLength?: number;
  /** Extra classes of the field's box (e.g. `narrow`). */
  class?: string;
  /** Under the field (e.g. chips of what was picked). */
  children?: ComponentChildren;
}

/**
 * A labelled text input or textarea — the one field of every form. Its hint and error sit right
 * under it and are tied to it (aria-describedby), so a screen reader reads them with the field.
 */
export function Field(props: FieldProps) {
  const { id, label, value, onInput, type = 'text', multiline, required, hint, error } = props;
  const handle = (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onInput(e.currentTarget.value);
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const shared = {
    id,
    value,
    placeholder: props.placeholder,
    onInput: handle,
    onBlur: props.onBlur,
    autoFocus: props.autoFocus,
    'aria-keyshortcuts': props.keyShortcuts,
    maxLength: props.maxLength,
    required,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
  };
  return (
    <div class={['field', props.class, error && 'has-error'].filter(Boolean).join(' ')}>
      {required ? (
        <div class="label-line">
          <label for={id}>{label}</label>
          <span class="required" aria-hidden="true">
            *
          </span>
        </div>
      ) : (
        <label for={id}>{label}</label>
      )}
      {multiline ? (
        <textarea rows={props.rows ?? 3} {...shared} />
      ) : (
        <input
          type={type}
          list={props.list}
          autoComplete={props.list ? 'off' : undefined}
          {...shared}
        />
      )}
      {hint && (
        <p id={`${id}-hint`} class="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
      {props.children}
    </div>
  );
}
