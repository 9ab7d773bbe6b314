import type { CivilDate, Ticket, UitTable } from '@cac/shared/domain';
import type { ProcedureView, ServiceView } from '@cac/shared/protocol';
import type { FinishRequest } from '../clerk/procedure-slot';

/** What every procedure panel receives from the host. */
export type PanelEnv = {
  ticket: Ticket;
  service: ServiceView;
  procedure: ProcedureView;
  /** The office day, from the hub's clock (for the UIT year and dates that cannot be future). */
  today: CivilDate;
  uitTable: UitTable;
  /** Opens the desk's "Finalizar" with the suggested outcome and the link to what was produced. */
  onFinish: (request: FinishRequest) => void;
  /** Tells the desk what the procedure produced, so that F finishes with it too. */
  onResult: (request: FinishRequest) => void;
  /** The desk can finish now (online, nothing in flight). */
  finishEnabled: boolean;
};
