import type { ReactNode } from 'react';
import { useCallback, useId, useState } from 'react';
import type { FieldCheck } from './field-validation';

/** A text field whose check runs where it is typed (on leaving it, then live until it is right). */
export type CheckedField<T> = {
  id: string;
  text: string;
  setText(text: string): void;
  /** The check to show next to the field, or null while the clerk has not left it yet. */
  shown: FieldCheck<T> | null;
  onBlur(): void;
  /** Checks now, shows the result, and returns it (on submit). */
  validate(): FieldCheck<T>;
  focus(): void;
  reset(): void;
};

/** State of one checked text field; `check` may change between renders (it is read when used). */
export function useCheckedField<T>(
  check: (text: string) => FieldCheck<T>,
  initial = '',
): CheckedField<T> {
  const id = useId();
  const [text, setTextState] = useState(initial);
  const [visible, setVisible] = useState(false);
  const shown = visible ? check(text) : null;
  const focus = useCallback(() => document.getElementById(id)?.focus(), [id]);
  return {
    id,
    text,
    setText: setTextState,
    shown,
    onBlur: () => {
      if (text.trim() !== '') setVisible(true);
    },
    validate: () => {
      setVisible(true);
      return check(text);
    },
    focus,
    reset: () => {
      setTextState(initial);
      setVisible(false);
    },
  };
}

/** Props of {@link TextField}. */
export type TextFieldProps<T> = {
  field: CheckedField<T>;
  label: string;
  hint?: string;
  required?: boolean;
  multiline?: boolean;
  inputMode?: 'text' | 'numeric' | 'decimal';
  maxLength?: number;
  className?: string;
  autoFocus?: boolean;
};

/**
 * A labelled text field with its hint, its error (red, `aria-invalid`) or its warning (amber),
 * each linked to the field with `aria-describedby`, so a screen reader reads them with it.
 */
export function TextField<T>({
  field,
  label,
  hint,
  required = false,
  multiline = false,
  inputMode = 'text',
  maxLength = 300,
  className,
}: TextFieldProps<T>): ReactNode {
  const hintId = `${field.id}-hint`;
  const messageId = `${field.id}-message`;
  const problem = field.shown && !field.shown.ok ? field.shown.message : null;
  const warning = field.shown?.ok ? (field.shown.warning ?? null) : null;
  const describedBy =
    [hint ? hintId : null, problem || warning ? messageId : null].filter(Boolean).join(' ') ||
    undefined;
  const common = {
    id: field.id,
    name: field.id,
    value: field.text,
    maxLength,
    required,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': describedBy,
    onBlur: field.onBlur,
    autoComplete: 'off',
    spellCheck: false,
  } as const;
  return (
    <div className={`proc-field${className ? ` ${className}` : ''}`}>
      <label htmlFor={field.id}>
        {label}
        {required ? (
          <span className="proc-field__required" aria-hidden="true">
            {' '}
            *
          </span>
        ) : null}
      </label>
      {multiline ? (
        <textarea {...common} rows={2} onChange={(event) => field.setText(event.target.value)} />
      ) : (
        <input
          {...common}
          type="text"
          inputMode={inputMode}
          onChange={(event) => field.setText(event.target.value)}
        />
      )}
      {hint ? (
        <p id={hintId} className="proc-field__hint">
          {hint}
        </p>
      ) : null}
      {problem ? (
        <p id={messageId} className="proc-field__error">
          {problem}
        </p>
      ) : warning ? (
        <p id={messageId} className="proc-field__warning">
          {warning}
        </p>
      ) : null}
    </div>
  );
}

/**
 * Checks every field (so all their messages show), focuses the first that is wrong, and tells
 * whether all are right.
 */
export function validateAll(fields: readonly CheckedField<unknown>[]): boolean {
  let first: CheckedField<unknown> | null = null;
  for (const field of fields) {
    const check = field.validate();
    if (!check.ok && first === null) first = field;
  }
  first?.focus();
  return first === null;
}

/** The value of a field that {@link validateAll} found right. */
export function valueOf<T>(field: CheckedField<T>): T {
  const check = field.validate();
  if (!check.ok) throw new Error(`field ${field.id} is not valid: ${check.message}`);
  return check.value;
}
