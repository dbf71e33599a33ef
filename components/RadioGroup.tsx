/** One choice of a radio group. */
export interface RadioOption<T extends string> {
  value: T;
  label: string;
}

interface Props<T extends string> {
  legend: string;
  name: string;
  /** null: none chosen yet. */
  value: T | null;
  /** Why the choice is needed, read out with the group. */
  error?: string | undefined;
  options: readonly RadioOption<T>[];
  onChange(value: T): void;
}

/** A labelled group of radio buttons (a fieldset whose legend names the group). */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  error,
  options,
  onChange,
}: Props<T>) {
  return (
    <fieldset class="choices" aria-describedby={error ? `${name}-error` : undefined}>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
      {error && (
        <small id={`${name}-error`} class="error">
          {error}
        </small>
      )}
    </fieldset>
  );
}
