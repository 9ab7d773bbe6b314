import type { Actor, LiveState, WorkingCalendar } from '@cac/shared/domain';
import type { AppError, OfficeConfig, Result } from '@cac/shared/protocol';
import type { Logger } from 'pino';
import type { ExpedienteService } from '../expedientes/expediente-service';
import type { ExpedienteRepository } from '../expedientes/expediente-repository';
import type { WindowPrinting } from '../printing/window-printing';
import type { TaxLedger } from '../tax/tax-ledger';
import type { ProcedureRunRepository } from './procedure-run-repository';

/** What the procedure commands need from the running hub (injected, so tests can drive it). */
export type ProcedureDeps = {
  config: () => OfficeConfig;
  now: () => number;
  /** The live queue state (read only: procedures change no ticket). */
  state: () => LiveState;
  calendar: () => WorkingCalendar;
  runs: ProcedureRunRepository;
  expedienteRepository: ExpedienteRepository;
  expedientes: ExpedienteService;
  taxLedger: TaxLedger;
  printing: WindowPrinting;
  /** The hub's address as phones reach it (the cargo's QR code). */
  publicOrigin: () => string;
  /** How long an answer waits for its print before it says `printed: null`. */
  printWaitMs: number;
  log: Logger;
};

/** One procedure command's handler: the payload is already valid and the role checked. */
export type ProcedureHandler<P, V> = (
  payload: P,
  actor: Actor,
  deps: ProcedureDeps,
) => Promise<Result<V, AppError>> | Result<V, AppError>;
