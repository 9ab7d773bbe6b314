import type { ReactNode } from 'react';
import { useId } from 'react';

/** Props of {@link TextField}. */
export type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** What to type, in plain words; linked to the field. */
  hint?: string;
  /** The problem with the value, shown under it and linked with `aria-describedby`. */
  error?: string | null;
  onBlur?: () => void;
  /** A text area of this many lines instead of a one-line field. */
  rows?: number;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'url';
  type?: 'text' | 'password' | 'url';
  maxLength?: number;
  autoComplete?: string;
  /** Wider or narrower field: `admin-field--short` etc. */
  className?: string;
  /** Something drawn beside the field (a colour swatch, a pictogram). */
  adornment?: ReactNode;
};

/** A labelled text field with its hint and its problem, the one shape every admin form uses. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  onBlur,
  rows,
  inputMode,
  type = 'text',
  maxLength,
  autoComplete = 'off',
  className,
  adornment,
}: TextFieldProps): ReactNode {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [error ? errorId : null, hint ? hintId : null].filter(Boolean).join(' ');
  const common = {
    id,
    value,
    onBlur,
    maxLength,
    autoComplete,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy === '' ? undefined : describedBy,
  } as const;
  return (
    <div className={`admin-field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <div className="admin-field__control">
        {rows ? (
          <textarea {...common} rows={rows} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input
            {...common}
            type={type}
            inputMode={inputMode}
            onChange={(e) => onChange(e.target.value)}
          />
        )}
        {adornment}
      </div>
      {error ? (
        <p id={errorId} className="admin-field__error">
          {error}
        </p>
      ) : null}
      {hint ? (
        <p id={hintId} className="admin-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

/** Props of {@link CheckField}. */
export type CheckFieldProps = {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
};

/** A labelled checkbox with an optional hint. */
export function CheckField({ label, checked, onChange, hint }: CheckFieldProps): ReactNode {
  const id = useId();
  return (
    <div className="admin-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-describedby={hint ? `${id}-hint` : undefined}
      />
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="admin-field__hint">
          {hint}
        </p>
      ) : null}
    </div>
  );
}
