import type { Ticket } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import type { ComponentType, ReactNode } from 'react';
import { useCounterT } from '../counter-text';

/** What a procedure panel receives when it mounts for the ticket being served. */
export type ProcedurePanelProps = { ticket: Ticket; service: ServiceView };

/** Procedure panels by service id; the procedures issue fills it. */
export type ProcedurePanels = Readonly<Record<string, ComponentType<ProcedurePanelProps>>>;

/** No panel yet: every service shows the labelled placeholder. */
export const NO_PROCEDURE_PANELS: ProcedurePanels = {};

/** Props of {@link ProcedureSlot}. */
export type ProcedureSlotProps = {
  /** The ticket at the window, or null. */
  ticket: Ticket | null;
  services: readonly ServiceView[];
  panels?: ProcedurePanels;
};

/**
 * The region of the serving view where a procedure panel mounts (requirements, fee, fields, result
 * of the service's procedures). Keyed by service id: a panel registered for the ticket's service
 * is rendered here with the ticket; until then the region stays, empty and labelled, so the layout
 * the clerks learn does not move when panels arrive.
 */
export function ProcedureSlot({
  ticket,
  services,
  panels = NO_PROCEDURE_PANELS,
}: ProcedureSlotProps): ReactNode {
  const t = useCounterT();
  const service = ticket ? services.find((candidate) => candidate.id === ticket.serviceId) : null;
  const Panel = service ? panels[service.id] : undefined;
  return (
    <section
      className="panel procedure-slot"
      aria-labelledby="procedure-heading"
      data-procedure-slot={service?.id ?? ''}
    >
      <h2 id="procedure-heading">{t('clerk.procedure.heading')}</h2>
      {ticket && service && Panel ? (
        <Panel key={ticket.id} ticket={ticket} service={service} />
      ) : (
        <p className="procedure-slot__placeholder">
          {service
            ? t('clerk.procedure.pending', { service: service.name })
            : t('clerk.procedure.idle')}
        </p>
      )}
    </section>
  );
}
