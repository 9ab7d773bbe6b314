import type { Category } from '@cac/shared/domain';
import type { ClerkMessageKey } from '../clerk-messages.es';

/** The catalog key that names a ticket's attention category for the clerk. */
export const CATEGORY_KEYS = {
  none: 'clerk.category.none',
  pregnant: 'clerk.category.pregnant',
  senior: 'clerk.category.senior',
  disability: 'clerk.category.disability',
  child: 'clerk.category.child',
} as const satisfies Record<Category, ClerkMessageKey>;
