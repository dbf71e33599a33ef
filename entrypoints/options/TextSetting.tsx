import { useEffect, useState } from 'preact/hooks';
import type * as z from 'zod/mini';

interface Props {
  id: string;
  label: string;
  /** The saved value. */
  value: string;
  /** Checks a non-empty entry; an empty one means "the default". */
  schema: z.ZodMiniType<string, string>;
  /** What is wrong with an entry the schema refuses, in the reader's language. */
  invalid: string;
  onCommit(value: string): void;
  placeholder?: string;
  hint?: string;
  type?: 'text' | 'url';
  list?: string;
}

/**
 * A labelled text setting, saved when the reader leaves the field or presses Enter, checked
 * with the same schema that guards the stored value; a wrong entry is explained, not saved.
 */
export function TextSetting({
  id,
  label,
  value,
  schema,
  invalid,
  onCommit,
  placeholder,
  hint,
  type = 'text',
  list,
}: Props) {
  const [text, setText] = useState(value);
  const [problem, setProblem] = useState('');
  useEffect(() => setText(value), [value]);

  const commit = (entered: string) => {
    const trimmed = entered.trim();
    if (!trimmed) {
      setProblem('');
      if (value) onCommit('');
      return;
    }
    const parsed = schema.safeParse(trimmed);
    if (!parsed.success) {
      setProblem(invalid);
      return;
    }
    setProblem('');
    if (parsed.data !== value) onCommit(parsed.data);
  };

  const described = [hint && `${id}-hint`, problem && `${id}-problem`].filter(Boolean).join(' ');
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={text}
        list={list}
        placeholder={placeholder}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={problem ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(event) => setText(event.currentTarget.value)}
        onChange={(event) => commit(event.currentTarget.value)}
      />
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {problem && (
        <p class="problem" id={`${id}-problem`} role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
