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
import type { ConfigStore } from './config/config-store';
import type { CommittedBatch } from './writer/command-writer';

/** What the HTTP routes and socket handlers of one running hub share. */
export type HubContext = {
  version: string;
  config: () => OfficeConfig;
  /** The office configuration's single writer (the admin screens change it through here). */
  configStore: ConfigStore;
  /**
   * Tells every connected face that the configuration changed: each gets a fresh snapshot, and a
   * socket whose key or user is no longer valid is disconnected.
   */
  configChanged: () => void;
  /** Calls `listener` after every durable commit (live pages); returns the unsubscribe. */
  subscribeCommits: (listener: (batches: readonly CommittedBatch[]) => void) => () => void;
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
