import type { ReactNode } from 'react';

/** A group of checkboxes over a list of things (services, windows) by id. */
export function IdCheckboxes({
  legend,
  hint,
  options,
  chosen,
  onChange,
  error,
}: {
  legend: string;
  hint?: string;
  options: readonly { id: string; name: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  error?: string | null;
}): ReactNode {
  return (
    <fieldset className="admin-choices">
      <legend>{legend}</legend>
      {hint ? <p className="admin-field__hint">{hint}</p> : null}
      {error ? (
        <p className="admin-field__error" role="alert">
          {error}
        </p>
      ) : null}
      <div className="admin-choices__options">
        {options.map((option) => (
          <label key={option.id} className="admin-radio">
            <input
              type="checkbox"
              checked={chosen.includes(option.id)}
              onChange={(e) =>
                // Kept in the options' order, so the saved list reads like the screen.
                onChange(
                  options
                    .map((o) => o.id)
                    .filter((id) => (id === option.id ? e.target.checked : chosen.includes(id))),
                )
              }
            />
            {option.name}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
