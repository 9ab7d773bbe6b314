import type { Result } from '../protocol/result';
import { err } from '../protocol/result';
import type { Actor } from './actor';
import type { DomainCommand } from './commands';
import type { DecideContext } from './context';
import type { DomainError } from './domain-error';
import { domainError } from './domain-error';
import {
  decideCallNext,
  decideCallTicket,
  decideCancel,
  decideFinish,
  decideNoShow,
  decideRecall,
  decideStart,
  decideTakeTicket,
  decideTransfer,
} from './decide-ticket';
import {
  decideCloseWindow,
  decideOpenWindow,
  decidePauseWindow,
  decideResumeWindow,
} from './decide-window';
import type { DomainEvent } from './events';
import type { LiveState } from './state';

/**
 * Devices may do little: a kiosk only takes tickets and a display only watches. The hub checks
 * roles per namespace too; this keeps the domain safe when it is driven from somewhere else.
 */
function roleProblem(actor: Actor, command: DomainCommand): DomainError | null {
  const allowed =
    actor.role === 'clerk' ||
    actor.role === 'supervisor' ||
    actor.role === 'admin' ||
    (actor.role === 'kiosk' && command.type === 'ticket:take');
  return allowed ? null : domainError('FORBIDDEN', { role: actor.role, command: command.type });
}

/**
 * Decides a command against the live state: the events that happen, or the rule that refuses it.
 * Pure — it never mutates `state`, takes time from `ctx.now` and new ids from `ctx.newId()` — so
 * the hub can persist the events before applying them with the same reducer the clients run.
 *
 * Every refusal is a {@link DomainError}: `UNKNOWN_TICKET` (`ticketId`) for a ticket not in the
 * live state, `ILLEGAL_TRANSITION` (`number`, `status`, `command`) for a ticket in the wrong
 * status, `NOT_YOUR_WINDOW` when a clerk acts through another clerk's window (supervisors and
 * admins may act through any), `FORBIDDEN` when a device sends a staff command.
 */
export function decide(
  state: LiveState,
  command: DomainCommand,
  ctx: DecideContext,
): Result<DomainEvent[], DomainError> {
  const forbidden = roleProblem(ctx.actor, command);
  if (forbidden) return err(forbidden);
  switch (command.type) {
    case 'ticket:take':
      return decideTakeTicket(state, command, ctx);
    case 'window:open':
      return decideOpenWindow(state, command, ctx);
    case 'window:close':
      return decideCloseWindow(state, command, ctx);
    case 'window:pause':
      return decidePauseWindow(state, command, ctx);
    case 'window:resume':
      return decideResumeWindow(state, command, ctx);
    case 'ticket:call-next':
      return decideCallNext(state, command, ctx);
    case 'ticket:call':
      return decideCallTicket(state, command, ctx);
    case 'ticket:recall':
      return decideRecall(state, command, ctx);
    case 'ticket:no-show':
      return decideNoShow(state, command, ctx);
    case 'ticket:start':
      return decideStart(state, command, ctx);
    case 'ticket:finish':
      return decideFinish(state, command, ctx);
    case 'ticket:transfer':
      return decideTransfer(state, command, ctx);
    case 'ticket:cancel':
      return decideCancel(state, command, ctx);
  }
}
