import type { ReactNode } from 'react';

/** One choice among a few (a device's kind, the paper's width), as radio buttons side by side. */
export function RadioChoices<T extends string | number>({
  legend,
  name,
  options,
  value,
  onChange,
  optionLabel,
}: {
  legend: string;
  /** The radio group's name, unique on the page. */
  name: string;
  options: readonly T[];
  value: T;
  onChange: (value: T) => void;
  optionLabel: (option: T) => string;
}): ReactNode {
  return (
    <fieldset className="admin-choices">
      <legend>{legend}</legend>
      <div className="admin-choices__options">
        {options.map((option) => (
          <label key={option} className="admin-radio">
            <input
              type="radio"
              name={name}
              checked={value === option}
              onChange={() => onChange(option)}
            />
            {optionLabel(option)}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
