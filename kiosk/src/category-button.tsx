import type { Category } from '@cac/shared/domain';
import { useT } from '@cac/shared/react';
import type { ReactNode } from 'react';
import { CategoryIcon } from './category-icon';
import { categoryLabel } from './category-label';

/** Props of {@link CategoryButton}. */
export type CategoryButtonProps = {
  category: Category;
  /** This category's ticket is being issued. */
  busy: boolean;
  disabled: boolean;
  onChoose: (category: Category) => void;
};

/** An attention category as a big touch target: the pictogram above its name. */
export function CategoryButton({
  category,
  busy,
  disabled,
  onChoose,
}: CategoryButtonProps): ReactNode {
  const t = useT();
  return (
    <button
      type="button"
      className={`category-button category-button--${category}`}
      disabled={disabled}
      aria-busy={busy}
      onClick={() => onChoose(category)}
    >
      <CategoryIcon category={category} className="category-button__icon" />
      <span className="category-button__text">
        <span className="category-button__name">{categoryLabel(t, category)}</span>
        {category === 'senior' && ' '}
        {category === 'senior' && (
          <span className="category-button__detail">{t('kiosk.category.senior.detail')}</span>
        )}
      </span>
    </button>
  );
}
