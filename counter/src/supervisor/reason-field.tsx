import type { ReactNode } from 'react';
import { useId } from 'react';
import { useCounterT } from '../counter-text';

/** The length the hub accepts for an audited reason (`ReasonSchema`: 3 to 200 characters). */
export const REASON_MIN = 3;
export const REASON_MAX = 200;

/** True when the text is a reason the hub will accept. */
export function isReason(text: string): boolean {
  const length = text.trim().length;
  return length >= REASON_MIN && length <= REASON_MAX;
}

/** Props of {@link ReasonField}. */
export type ReasonFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Show the problem (after a confirm with too short a reason). */
  invalid: boolean;
  required?: boolean;
  maxLength?: number;
};

/**
 * A labelled text area (a long reason stays visible as it is written) for a reason or a note,
 * with its problem tied to it for screen readers. Enter in it confirms the dialog (`FormDialog`);
 * Shift+Enter breaks the line.
 */
export function ReasonField({
  label,
  value,
  onChange,
  invalid,
  required = true,
  maxLength = REASON_MAX,
}: ReasonFieldProps): ReactNode {
  const t = useCounterT();
  const id = useId();
  const problemId = `${id}-problem`;
  return (
    <div className="floor-field">
      <label htmlFor={id}>{label}</label>
      <textarea
        id={id}
        value={value}
        rows={2}
        maxLength={maxLength}
        required={required}
        aria-invalid={invalid}
        aria-describedby={invalid ? problemId : undefined}
        onChange={(event) => onChange(event.target.value)}
      />
      {invalid ? (
        <p id={problemId} className="floor-field__problem">
          {t('supervisor.reason.required')}
        </p>
      ) : null}
    </div>
  );
}
