import type { Category } from '@cac/shared/domain';
import type { ReactNode } from 'react';

// Filled silhouettes on a 64×64 grid, in `currentColor`: at a metre, and for eyes that see
// poorly, a solid shape reads better than the thin line pictograms of the services. They follow
// the signs people know from buses and banks (a pregnant woman in profile, a stooped person with a
// cane, the International Symbol of Access, an adult holding a small child's hand).
const LIMB = { fill: 'none', stroke: 'currentColor', strokeLinecap: 'round' } as const;

const SHAPES: Readonly<Record<Category, ReactNode>> = {
  pregnant: (
    <>
      <circle cx="30" cy="8.5" r="6.5" />
      <circle cx="23.2" cy="7.5" r="3.6" />
      <path d="M26 17h7c3 0 5 2 5.6 5l1.2 5.2c7.5 2.2 9.3 11.6 3.6 15.4-1.6 1-3.5 1.4-5.4 1.4H22.6c-1 0-1.8-.9-1.6-1.9L23 22c.4-3 1.4-5 3-5z" />
      <path d="M27 43v17M35 43v17" {...LIMB} strokeWidth="5.5" />
    </>
  ),
  senior: (
    <>
      <circle cx="28.5" cy="9.5" r="6.5" />
      <path d="M22 17.5c2.8-1 7.5-1.3 9.7.3 1.6 1.2 2.3 3.2 2.5 5.2l1.4 16H22.4c-1.3-6.2-2.7-12.2-3.4-16.3-.4-2.4 1-4.4 3-5.2z" />
      <path d="M31 22.5l11 10" {...LIMB} strokeWidth="5" />
      <path d="M42.5 31.5c1.6-2.6 4.6-2.2 5 .8L49 60.5" {...LIMB} strokeWidth="3.5" />
      <path d="M25 39l-3 21M32 39l4 21" {...LIMB} strokeWidth="6" />
    </>
  ),
  disability: (
    <>
      <circle cx="25" cy="8.5" r="6.5" />
      <path d="M24 19l1.5 18H39l6 14h6" {...LIMB} strokeWidth="6" strokeLinejoin="round" />
      <path d="M25 26.5h11" {...LIMB} strokeWidth="5" />
      <path d="M40.5 48.5A15 15 0 1 1 17 31.5" {...LIMB} strokeWidth="5" />
    </>
  ),
  child: (
    <>
      <circle cx="20" cy="8.5" r="6.5" />
      <rect x="12.5" y="17" width="15" height="22" rx="5" />
      <path d="M17 37v23M23.5 37v23" {...LIMB} strokeWidth="5.5" />
      <path d="M14 21l-3.5 15" {...LIMB} strokeWidth="4.5" />
      <path d="M26.5 21.5l13 16" {...LIMB} strokeWidth="4.5" />
      <circle cx="46" cy="30" r="5" />
      <rect x="40.5" y="36.5" width="11" height="13.5" rx="4" />
      <path d="M43.5 48v12M48.5 48v12" {...LIMB} strokeWidth="4" />
    </>
  ),
  none: (
    <>
      <circle cx="32" cy="8.5" r="6.5" />
      <rect x="24.5" y="17" width="15" height="22" rx="5" />
      <path d="M29 37v23M35.5 37v23" {...LIMB} strokeWidth="5.5" />
      <path d="M26 21l-3.5 15M38 21l3.5 15" {...LIMB} strokeWidth="4.5" />
    </>
  ),
};

/** Props of {@link CategoryIcon}. */
export type CategoryIconProps = { category: Category; className?: string };

/** The pictogram of an attention category. Decorative: its name is always written next to it. */
export function CategoryIcon({ category, className }: CategoryIconProps): ReactNode {
  return (
    <svg
      className={className}
      viewBox="0 0 64 64"
      fill="currentColor"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[category]}
    </svg>
  );
}
