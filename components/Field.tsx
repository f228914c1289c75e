import type { JSX } from 'preact';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  type?: 'text' | 'url' | 'datetime-local';
  multiline?: boolean;
  placeholder?: string;
  error?: string;
  autoFocus?: boolean;
  /** The schema's limit for this field: longer text would not be readable back. */
  maxLength?: number;
}

/** A labelled text input or textarea; its error (if any) is tied to it for screen readers. */
export function Field(props: FieldProps) {
  const { id, label, value, onInput, type = 'text', multiline, placeholder, error } = props;
  const handle = (e: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
    onInput(e.currentTarget.value);
  const shared = {
    id,
    value,
    placeholder,
    onInput: handle,
    autoFocus: props.autoFocus,
    maxLength: props.maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div class="field">
      <label for={id}>{label}</label>
      {multiline ? <textarea rows={3} {...shared} /> : <input type={type} {...shared} />}
      {error && (
        <p id={`${id}-error`} class="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
