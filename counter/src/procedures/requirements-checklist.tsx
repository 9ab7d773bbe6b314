import type { ReactNode } from 'react';
import { useId } from 'react';
import { useCounterT } from '../counter-text';

/** Props of {@link RequirementsChecklist}. */
export type RequirementsChecklistProps = {
  requirements: readonly string[];
  checked: ReadonlySet<string>;
  onToggle: (requirement: string) => void;
  disabled?: boolean;
};

/** The procedure's requirements as checkboxes, with how many were presented. */
export function RequirementsChecklist({
  requirements,
  checked,
  onToggle,
  disabled = false,
}: RequirementsChecklistProps): ReactNode {
  const t = useCounterT();
  const id = useId();
  if (requirements.length === 0) {
    return <p className="proc-note">{t('proc.requirements.none')}</p>;
  }
  const done = requirements.filter((requirement) => checked.has(requirement)).length;
  return (
    <fieldset className="proc-checklist">
      <legend>
        {t('proc.requirements.heading')}{' '}
        <span className="proc-checklist__progress">
          {t('proc.requirements.progress', { done, total: requirements.length })}
        </span>
      </legend>
      <ul>
        {requirements.map((requirement, index) => (
          <li key={requirement}>
            <label htmlFor={`${id}-${index}`}>
              <input
                id={`${id}-${index}`}
                type="checkbox"
                checked={checked.has(requirement)}
                disabled={disabled}
                onChange={() => onToggle(requirement)}
              />
              <span>{requirement}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** Toggles one entry of a set held in React state. */
export function toggled(set: ReadonlySet<string>, entry: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(entry)) next.delete(entry);
  else next.add(entry);
  return next;
}
