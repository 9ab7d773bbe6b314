import type { ReactNode } from 'react';

/** A choice of a {@link FilterSelect}: the id it sets and the words it shows. */
export type FilterOption = { id: string; name: string };

/** The problem message a field's problem is described by (one for the whole filter bar). */
export const FILTER_PROBLEM_ID = 'reports-filter-problem';

/** What every field of the filter bar has: its id, its visible label, and whether it is wrong. */
export type FilterFieldProps = {
  id: string;
  label: string;
  /** The field holds the problem the bar is showing: marked invalid and described by it. */
  wrong?: boolean;
};

/** The attributes that tie a field to the bar's problem message while it is the wrong one. */
export function problemAttributes(wrong: boolean | undefined): {
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
} {
  return {
    'aria-invalid': wrong || undefined,
    'aria-describedby': wrong ? FILTER_PROBLEM_ID : undefined,
  };
}

/** A filter with its label above it. */
export function FilterField({
  id,
  label,
  children,
}: {
  id: string;
  label: string;
  children: ReactNode;
}): ReactNode {
  return (
    <div className="reports-field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

/** Props of {@link FilterSelect}. */
export type FilterSelectProps = FilterFieldProps & {
  options: readonly FilterOption[];
  value: string;
  className?: string;
  onChange(value: string): void;
};

/** A labelled list of choices (a service, a window, an hour). */
export function FilterSelect({
  id,
  label,
  wrong,
  options,
  value,
  className,
  onChange,
}: FilterSelectProps): ReactNode {
  return (
    <FilterField id={id} label={label}>
      <select
        id={id}
        className={className}
        value={value}
        {...problemAttributes(wrong)}
        onChange={(event) => onChange(event.target.value)}
      >
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </FilterField>
  );
}
