/** Roles of the suite: two device kinds and three staff roles. */
export const ROLES = ['kiosk', 'display', 'clerk', 'supervisor', 'admin'] as const;
/** One of {@link ROLES}. */
export type Role = (typeof ROLES)[number];

/** Who sends a command: a device (kiosk, display) or a logged-in staff member. */
export type Actor = {
  /** Device id (`kiosk-1`) or user id (`clerk1`). */
  id: string;
  role: Role;
};
