import type { ComponentPropsWithoutRef, ReactNode } from 'react';

/**
 * A button acting on one item of a list ("Editar", "Quitar"): it shows the action only, while its
 * accessible name adds the item, so a screen reader's list of buttons tells the rows apart
 * ("Editar Ventanilla 1"). Other button props (disabled, data-*) pass through.
 */
export function ItemButton({
  label,
  item,
  className,
  ...button
}: {
  label: string;
  item: string;
  className?: string;
} & Omit<ComponentPropsWithoutRef<'button'>, 'type' | 'children' | 'aria-label'>): ReactNode {
  return (
    <button
      {...button}
      type="button"
      className={className ? `button ${className}` : 'button'}
      aria-label={`${label} ${item}`}
    >
      {label}
    </button>
  );
}
