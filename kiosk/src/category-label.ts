import type { Category } from '@cac/shared/domain';
import type { Translate, UiMessageKey } from '@cac/shared/react';

const KEYS = {
  none: 'kiosk.category.none',
  pregnant: 'kiosk.category.pregnant',
  senior: 'kiosk.category.senior',
  disability: 'kiosk.category.disability',
  child: 'kiosk.category.child',
} as const satisfies Record<Category, UiMessageKey>;

/** The name of an attention category in the current language ("Gestante", "Adulto mayor", …). */
export function categoryLabel(t: Translate, category: Category): string {
  return t(KEYS[category]);
}
