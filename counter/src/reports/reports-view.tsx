import type { ReactNode } from 'react';

/** The supervisors' reports (issue 7): being built. */
export function ReportsView(): ReactNode {
  return <section aria-label="Reportes" />;
}
