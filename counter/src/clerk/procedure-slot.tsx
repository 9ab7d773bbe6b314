import type { Ticket } from '@cac/shared/domain';
import type { ServiceView } from '@cac/shared/protocol';
import type { ComponentType, ReactNode } from 'react';
import { useCounterT } from '../counter-text';
import { ProcedurePanelHost } from '../procedures/procedure-panel-host';
import type { ResultLink } from '../procedures/procedure-port';

/**
 * What a panel asks the desk when its procedure is done: open "Finalizar" with this outcome
 * preselected (null: the service's first) and this link to what was produced (null: none).
 */
export type FinishRequest = { outcome: string | null; result: ResultLink | null };

/** What a procedure panel receives when it mounts for the ticket being served. */
export type ProcedurePanelProps = {
  ticket: Ticket;
  service: ServiceView;
  /** Opens the desk's finish dialog with the panel's outcome and link. */
  onFinish: (request: FinishRequest) => void;
  /** The procedure produced something: the desk's own "Finalizar" (F) then carries it too. */
  onResult: (request: FinishRequest) => void;
  /** The desk can finish now (online, no command in flight). */
  finishEnabled: boolean;
};

/** Procedure panels by service id, replacing the catalog's panels for those services. */
export type ProcedurePanels = Readonly<Record<string, ComponentType<ProcedurePanelProps>>>;

/** No override: every service with procedures gets the catalog's panels. */
export const NO_PROCEDURE_PANELS: ProcedurePanels = {};

/** Props of {@link ProcedureSlot}. */
export type ProcedureSlotProps = {
  /** The ticket at the window, or null. */
  ticket: Ticket | null;
  services: readonly ServiceView[];
  panels?: ProcedurePanels;
  onFinish: (request: FinishRequest) => void;
  onResult: (request: FinishRequest) => void;
  finishEnabled: boolean;
};

/**
 * The region of the serving view where a procedure panel mounts (requirements, fee, fields, result
 * of the service's procedures). A panel registered for the ticket's service wins; else a service
 * with procedures in the catalog gets {@link ProcedurePanelHost}; else the region stays, labelled,
 * so the layout the clerks learn does not move. It scrolls inside itself at 1366×768.
 */
export function ProcedureSlot({
  ticket,
  services,
  panels = NO_PROCEDURE_PANELS,
  onFinish,
  onResult,
  finishEnabled,
}: ProcedureSlotProps): ReactNode {
  const t = useCounterT();
  const service = ticket ? services.find((candidate) => candidate.id === ticket.serviceId) : null;
  const Panel = service
    ? (panels[service.id] ?? (service.procedures.length > 0 ? ProcedurePanelHost : undefined))
    : undefined;
  return (
    <section
      className="panel procedure-slot"
      aria-labelledby="procedure-heading"
      data-procedure-slot={service?.id ?? ''}
    >
      <h2 id="procedure-heading">{t('clerk.procedure.heading')}</h2>
      {ticket && service && Panel ? (
        <Panel
          key={ticket.id}
          ticket={ticket}
          service={service}
          onFinish={onFinish}
          onResult={onResult}
          finishEnabled={finishEnabled}
        />
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
