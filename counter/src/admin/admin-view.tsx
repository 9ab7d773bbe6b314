import type { ReactNode } from 'react';

/** The administrator's screens (issue 7): being built. */
export function AdminView(): ReactNode {
  return <section aria-label="Administración" />;
}
