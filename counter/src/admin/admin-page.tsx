import type { ReactNode } from 'react';
import { useId } from 'react';

/**
 * One page of the administration: its heading (where the focus goes after a save, so the
 * keyboard user hears the notice and starts again from the top), a sentence saying what it is
 * for, then its lists and forms.
 */
export function AdminPage({
  title,
  intro,
  actions,
  children,
}: {
  title: string;
  intro: string;
  /** Buttons beside the heading ("Agregar servicio"). */
  actions?: ReactNode;
  children: ReactNode;
}): ReactNode {
  const id = useId();
  return (
    <section className="admin-page" aria-labelledby={id}>
      <div className="admin-page__header">
        <h3 id={id} className="admin-page__title" tabIndex={-1} data-admin-heading="">
          {title}
        </h3>
        {actions ? <div className="admin-page__actions">{actions}</div> : null}
      </div>
      <p className="admin-page__intro">{intro}</p>
      {children}
    </section>
  );
}
