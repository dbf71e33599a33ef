interface Props {
  id: string;
  label: string;
  value: string;
  onValue(value: string): void;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'date';
  inputMode?: 'numeric' | 'decimal';
  placeholder?: string;
  dir?: 'ltr';
  min?: string;
  max?: string;
  disabled?: boolean;
  onKeyDown?(event: KeyboardEvent): void;
}

/** A labelled text input with its hint and its inline error, both read out with it. */
export function Field({ id, label, value, onValue, hint, error, type = 'text', ...input }: Props) {
  const described = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        // Preact types each input type apart, so a type held in a variable needs this cast.
        type={type as 'text'}
        value={value}
        onInput={(event) => onValue(event.currentTarget.value)}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {hint && (
        <small id={`${id}-hint`} class="hint">
          {hint}
        </small>
      )}
      {error && (
        <small id={`${id}-error`} class="error">
          {error}
        </small>
      )}
    </div>
  );
}
