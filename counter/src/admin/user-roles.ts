import type { AdminUserView } from '@cac/shared/protocol';

export type Role = AdminUserView['role'];

/** The roles, from the least to the most powerful. */
export const ROLES = ['clerk', 'supervisor', 'admin'] as const satisfies readonly Role[];

export const ROLE_LABELS = {
  clerk: 'admin.role.clerk',
  supervisor: 'admin.role.supervisor',
  admin: 'admin.role.admin',
} as const satisfies Record<Role, string>;
