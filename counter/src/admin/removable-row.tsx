import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { ItemButton } from './item-button';

/** One row of an editable list (an outcome, a UIT year): its fields, then "Quitar". */
export function RemovableRow({
  item,
  onRemove,
  children,
}: {
  /** How the row is named in its button's accessible name. */
  item: string;
  onRemove: () => void;
  children: ReactNode;
}): ReactNode {
  const t = useCounterT();
  return (
    <li className="admin-row">
      {children}
      <ItemButton
        label={t('admin.list.remove')}
        item={item}
        className="admin-row__remove"
        onClick={onRemove}
      />
    </li>
  );
}
