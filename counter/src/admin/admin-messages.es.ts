/** Strings of the admin screens, in Spanish (the default). */
export const ADMIN_MESSAGES_ES = {
  'admin.heading': 'Administración',
} as const;

/** A key of the admin screens' catalog. */
export type AdminMessageKey = keyof typeof ADMIN_MESSAGES_ES;
