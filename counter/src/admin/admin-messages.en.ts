import type { AdminMessageKey } from './admin-messages.es';

/** Strings of the admin screens, in English. */
export const ADMIN_MESSAGES_EN: Readonly<Record<AdminMessageKey, string>> = {
  'admin.heading': 'Administration',
};
