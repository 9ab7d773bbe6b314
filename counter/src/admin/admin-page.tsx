import type { ReactNode } from 'react';
import { useId } from 'react';

/** A button to show: its words and what it does (a page's "Agregar", a row's "Editar"). */
export type Action = { label: string; onClick: () => void };

/**
 * One page of the administration: its heading (where the focus goes after a save, so the
 * keyboard user hears the notice and starts again from the top), a sentence saying what it is
 * for, then its lists and forms.
 */
export function AdminPage({
  title,
  intro,
  action,
  children,
}: {
  title: string;
  intro: string;
  /** The page's button beside the heading ("Agregar servicio"), if it has one now. */
  action?: Action | null;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <section className="admin-page" aria-labelledby={id}>
      <div className="admin-page__header">
        <h3 id={id} className="admin-page__title" tabIndex={-1} data-admin-heading="">
          {title}
        </h3>
        {action ? (
          <div className="admin-page__actions">
            <button type="button" className="button" onClick={action.onClick}>
              {action.label}
            </button>
          </div>
        ) : null}
      </div>
      <p className="admin-page__intro">{intro}</p>
      {children}
    </section>
  );
}
