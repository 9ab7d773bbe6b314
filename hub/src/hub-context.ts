import type { OfficeRules } from '@cac/shared/domain';
import type { OfficeConfig } from '@cac/shared/protocol';
import type { Logger } from 'pino';
import type { AuthService } from './auth/auth-service';
import type { LedgerRepository } from './ledger/ledger-repository';
import type { ExpedienteService } from './expedientes/expediente-service';
import type { RateLimiter } from './auth/rate-limiter';
import type { TaxLedger } from './tax/tax-ledger';
import type { CommandGate } from './sockets/command-gate';
import type { CommandWriter } from './writer/command-writer';
import type { ProcedureGate } from './procedures/procedure-gate';

/** What the HTTP routes and socket handlers of one running hub share. */
export type HubContext = {
  version: string;
  config: () => OfficeConfig;
  rules: () => OfficeRules;
  now: () => number;
  auth: AuthService;
  gate: CommandGate;
  writer: CommandWriter;
  ledger: LedgerRepository;
  expedientes: ExpedienteService;
  /** The tax accounts the Tributos panel reads and pays (the embedded ledger or a SAT connector). */
  taxLedger: TaxLedger;
  /** The procedure commands (acta copies, licences, filings, tax payments, expedientes). */
  procedures: ProcedureGate;
  /** Per client address, for the public lookups that take a secret key. */
  publicLookupLimiter: RateLimiter;
  log: Logger;
};
