import type { ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import type { Action } from './admin-page';
import { ItemButton } from './item-button';

/**
 * A list page's table (services, windows, users, devices): the column headings, then the rows.
 * The rows' buttons come last, under "Acciones", unless the page says its rows have none.
 */
export function AdminTable({
  columns,
  actions = true,
  className,
  children,
}: {
  columns: readonly string[];
  actions?: boolean;
  /** A page's own look on top (`admin-audit`). */
  className?: string;
  children: ReactNode;
}): ReactNode {
  const t = useCounterT();
  return (
    <table className={`data-table admin-table${className ? ` ${className}` : ''}`}>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          {actions ? <th scope="col">{t('admin.col.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A row's buttons, on one line beside each other, each named with the row's item. */
export function RowActions({
  item,
  actions,
}: {
  item: string;
  actions: readonly Action[];
}): ReactNode {
  return (
    <td className="admin-table__actions">
      {actions.map((action, index) => (
        // By place, not by words: a button whose words change ("Desactivar" → "Reactivar")
        // stays the same button and keeps the focus.
        <ItemButton key={index} label={action.label} item={item} onClick={action.onClick} />
      ))}
    </td>
  );
}
