import type { Actor } from '@cac/shared/domain';
import type { CommandAck, CommandName, Result } from '@cac/shared/protocol';
import { COMMAND_SCHEMAS, err } from '@cac/shared/protocol';
import type { RateLimiter } from '../auth/rate-limiter';
import { appError, invalidPayload } from '../errors/app-errors';
import type { CommandWriter, WriterOutcome } from '../writer/command-writer';
import type { ValidCommand } from '../writer/to-domain-command';
import { COMMAND_ROLES } from './command-roles';

/**
 * Steps 1–2 of the command path, shared by sockets and REST: parse the payload with its schema,
 * check the role (and the per-device rate of ticket taking), then hand it to the single writer.
 */
export type CommandGate = (
  name: CommandName,
  payload: unknown,
  actor: Actor,
) => Promise<WriterOutcome>;

/** Creates the gate in front of the writer. */
export function createCommandGate(deps: {
  writer: CommandWriter;
  rateLimiter: RateLimiter;
  now: () => number;
  /** Told of every newly accepted command (not replays), after its acknowledgement is decided. */
  onAccepted?: (name: CommandName, ack: CommandAck, actor: Actor) => void;
}): CommandGate {
  return async (name, payload, actor) => {
    const refuse = (result: Result<CommandAck>): WriterOutcome => ({ result, replayed: false });
    const parsed = COMMAND_SCHEMAS[name].safeParse(payload);
    if (!parsed.success) return refuse(err(invalidPayload(parsed.error)));
    if (!COMMAND_ROLES[name].includes(actor.role)) return refuse(err(appError('FORBIDDEN')));
    if (name === 'ticket:take') {
      const waitSeconds = deps.rateLimiter.take(actor.id, deps.now());
      if (waitSeconds > 0) return refuse(err(appError('RATE_LIMITED', { seconds: waitSeconds })));
    }
    // The schema for `name` produced this payload, so the pair is a ValidCommand by construction.
    const outcome = await deps.writer.submit({ name, payload: parsed.data } as ValidCommand, actor);
    if (outcome.result.ok && !outcome.replayed) {
      const ack = outcome.result.value;
      // After the caller's answer: the follow-up (printing) must never hold it back.
      setImmediate(() => deps.onAccepted?.(name, ack, actor));
    }
    return outcome;
  };
}
