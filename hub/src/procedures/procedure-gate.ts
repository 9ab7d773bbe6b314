import type { Actor } from '@cac/shared/domain';
import type {
  AppError,
  ProcedureCommandName,
  ProcedureCommandPayload,
  ProcedureCommandValue,
  Result,
} from '@cac/shared/protocol';
import { PROCEDURE_COMMAND_ROLES, PROCEDURE_COMMAND_SCHEMAS, err } from '@cac/shared/protocol';
import { appError, invalidPayload } from '../errors/app-errors';
import { createActaCopyHandler } from './acta-copy';
import { expedienteFind, expedienteGet, expedienteMove } from './expediente-commands';
import { createIntakeHandler } from './intake';
import { createLicenceHandler } from './licence';
import { createOnce } from './once';
import type { ProcedureDeps } from './procedure-deps';
import { documentReprint } from './reprint';
import { createTaxPayHandler, taxFind, taxQuote } from './tax-commands';

/** Parse → role → handler for the procedure commands; always resolves with a `Result`. */
export type ProcedureGate = <C extends ProcedureCommandName>(
  name: C,
  payload: unknown,
  actor: Actor,
) => Promise<Result<ProcedureCommandValue<C>, AppError>>;

type Handlers = {
  [C in ProcedureCommandName]: (
    payload: ProcedureCommandPayload<C>,
    actor: Actor,
    deps: ProcedureDeps,
  ) =>
    | Promise<Result<ProcedureCommandValue<C>, AppError>>
    | Result<ProcedureCommandValue<C>, AppError>;
};

/**
 * The procedure commands' path. They change no ticket, so they do not queue behind the single
 * writer: each is validated with its schema, authorized by role, then checked against the live
 * state (the ticket in attention at the sender's window) and the catalog, and its durable part
 * (expediente + run, payment + run) is written in one transaction before the answer.
 */
export function createProcedureGate(deps: ProcedureDeps): ProcedureGate {
  const once = createOnce(deps.runs);
  const handlers: Handlers = {
    'procedure:acta-copy': createActaCopyHandler(once),
    'procedure:licence': createLicenceHandler(once),
    'procedure:intake': createIntakeHandler(once),
    'tax:find': taxFind,
    'tax:quote': taxQuote,
    'tax:pay': createTaxPayHandler(once),
    'expediente:find': expedienteFind,
    'expediente:get': expedienteGet,
    'expediente:move': expedienteMove,
    'document:reprint': documentReprint,
  };
  return async <C extends ProcedureCommandName>(name: C, payload: unknown, actor: Actor) => {
    const schema = PROCEDURE_COMMAND_SCHEMAS[name];
    const parsed = schema.safeParse(payload);
    if (!parsed.success) return err(invalidPayload(parsed.error));
    if (!PROCEDURE_COMMAND_ROLES[name].includes(actor.role)) return err(appError('FORBIDDEN'));
    const handler = handlers[name] as Handlers[C];
    try {
      return await handler(parsed.data as ProcedureCommandPayload<C>, actor, deps);
    } catch (error) {
      deps.log.error({ err: error, command: name }, 'procedure command failed');
      return err(appError('INTERNAL'));
    }
  };
}
