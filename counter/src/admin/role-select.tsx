import type { ReactNode } from 'react';
import { useId } from 'react';
import { useCounterT } from '../counter-text';
import type { Role } from './user-roles';
import { ROLE_LABELS, ROLES } from './user-roles';

/** The choice of a user's role, from the least to the most powerful, with an optional hint. */
export function RoleSelect({
  value,
  onChange,
  hint,
}: {
  value: Role;
  onChange: (role: Role) => void;
  hint?: string;
}): ReactNode {
  const t = useCounterT();
  const id = useId();
  return (
    <div className="admin-field">
      <label htmlFor={id}>{t('admin.user.role')}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as Role)}>
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(ROLE_LABELS[r])}
          </option>
        ))}
      </select>
      {hint ? <p className="admin-field__hint">{hint}</p> : null}
    </div>
  );
}
