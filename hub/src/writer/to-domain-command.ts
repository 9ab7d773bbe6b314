import type { DomainCommand } from '@cac/shared/domain';
import type { CommandName, CommandPayload } from '@cac/shared/protocol';

/** A validated command as it reaches the writer. */
export type ValidCommand = {
  [C in CommandName]: { name: C; payload: CommandPayload<C> };
}[CommandName];

/** The request id of a command, when its payload carries one. */
export function requestIdOf(command: ValidCommand): string | undefined {
  return 'requestId' in command.payload ? command.payload.requestId : undefined;
}

/** Drops the transport-only fields (requestId) and tags the payload with its command type. */
export function toDomainCommand(command: ValidCommand): DomainCommand {
  const { name, payload } = command;
  const { requestId: _requestId, ...rest } = payload as typeof payload & { requestId?: string };
  return { type: name, ...rest } as DomainCommand;
}
