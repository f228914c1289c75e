import type { ComponentChildren } from 'preact';

interface PlanFieldProps {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  kind?: 'text' | 'date' | 'textarea';
  required?: boolean;
  /** A datalist's id: suggestions the user can pick or ignore. */
  list?: string;
  hint?: string;
  error?: string;
  placeholder?: string;
  autoFocus?: boolean;
  onBlur?: () => void;
  children?: ComponentChildren;
}

/**
 * A labelled control of the action-item form. Its error sits right under it and is tied to it
 * (aria-describedby), so a screen reader reads the message with the field.
 */
export function PlanField(props: PlanFieldProps) {
  const { id, label, value, onInput, kind = 'text', required, hint, error } = props;
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  const shared = {
    id,
    value,
    placeholder: props.placeholder,
    autoFocus: props.autoFocus,
    required,
    'aria-required': required || undefined,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described || undefined,
    onBlur: props.onBlur,
  };
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <div class="label-line">
        <label for={id}>{label}</label>
        {required && (
          <span class="required" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {kind === 'textarea' ? (
        <textarea rows={2} {...shared} onInput={(e) => onInput(e.currentTarget.value)} />
      ) : (
        <input
          type={kind}
          list={props.list}
          autoComplete={props.list ? 'off' : undefined}
          {...shared}
          onInput={(e) => onInput(e.currentTarget.value)}
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
