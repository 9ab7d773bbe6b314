import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { ItemButton } from './item-button';
import type { Keyed } from './keyed-list';
import { patchItem, removeItem } from './keyed-list';

/**
 * A list whose order matters (the ticker's announcements, the online procedures on the ticket
 * page): each item with its fields and "Subir", "Bajar", "Quitar". After a move the focus stays
 * on the moved item's button, so pressing it again keeps moving the same item.
 */
export function OrderedList<T extends Keyed>({
  label,
  items,
  onChange,
  itemName,
  renderFields,
}: {
  label: string;
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** How the item is named in its buttons' accessible names ("Aviso 2"). */
  itemName: (item: T, index: number) => string;
  renderFields: (item: T, index: number, update: (patch: Partial<T>) => void) => ReactNode;
}): ReactNode {
  const t = useCounterT();
  function move(index: number, by: -1 | 1, button: HTMLButtonElement): void {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + by, 0, item);
    onChange(next);
    // The same button of the moved item, in its new row (after the re-render).
    const list = button.closest('ol');
    const which = button.dataset['move'];
    setTimeout(() => {
      const row = list?.children[index + by];
      const target =
        row?.querySelector<HTMLButtonElement>(`[data-move="${which}"]:not([disabled])`) ??
        row?.querySelector<HTMLButtonElement>('[data-move]:not([disabled])');
      target?.focus();
    }, 0);
  }
  return (
    <ol className="admin-ordered" aria-label={label}>
      {items.map((item, index) => {
        const name = itemName(item, index);
        return (
          <li key={item.key} className="admin-ordered__item">
            <div className="admin-ordered__fields">
              {renderFields(item, index, (patch) => onChange(patchItem(items, item.key, patch)))}
            </div>
            <div className="admin-ordered__buttons">
              <ItemButton
                label={t('admin.list.up')}
                item={name}
                data-move="up"
                disabled={index === 0}
                onClick={(e) => move(index, -1, e.currentTarget)}
              />
              <ItemButton
                label={t('admin.list.down')}
                item={name}
                data-move="down"
                disabled={index === items.length - 1}
                onClick={(e) => move(index, 1, e.currentTarget)}
              />
              <ItemButton
                label={t('admin.list.remove')}
                item={name}
                onClick={() => onChange(removeItem(items, item.key))}
              />
            </div>
          </li>
        );
      })}
    </ol>
  );
}
