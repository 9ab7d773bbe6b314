import { err, ok } from '../protocol/result';
import type { DomainCommand } from './commands';
import type { DecideContext } from './context';
import { domainError } from './domain-error';
import type { Decision } from './guards';
import { busyProblem, ownershipProblem, windowOf } from './guards';
import type { LiveState } from './state';

type CommandOf<T extends DomainCommand['type']> = Extract<DomainCommand, { type: T }>;

/**
 * A staff member takes a window for the day (or, holding it already, changes its services).
 * Refuses a window another clerk holds (`WINDOW_TAKEN`), a second window for the same person
 * (`ALREADY_OPEN_ELSEWHERE`), and services the window is not configured for or none at all
 * (`SERVICE_NOT_AT_WINDOW`). Without `serviceIds` the window serves all its configured services.
 */
export function decideOpenWindow(
  state: LiveState,
  command: CommandOf<'window:open'>,
  ctx: DecideContext,
): Decision {
  const { windowId } = command;
  const configured = ctx.rules.windows.find((window) => window.id === windowId);
  if (!configured) return err(domainError('UNKNOWN_WINDOW', { windowId }));
  const current = state.windows[windowId];
  if (current && current.status !== 'closed' && current.clerkId !== ctx.actor.id) {
    return err(domainError('WINDOW_TAKEN', { windowId }));
  }
  const elsewhere = Object.values(state.windows).find(
    (window) =>
      window.id !== windowId && window.status !== 'closed' && window.clerkId === ctx.actor.id,
  );
  if (elsewhere) return err(domainError('ALREADY_OPEN_ELSEWHERE', { windowId: elsewhere.id }));
  const requested = command.serviceIds ?? configured.serviceIds;
  const foreign = requested.find((serviceId) => !configured.serviceIds.includes(serviceId));
  if (foreign !== undefined) {
    return err(domainError('SERVICE_NOT_AT_WINDOW', { windowId, serviceId: foreign }));
  }
  // Configuration order, without duplicates: the same choice always gives the same event.
  const serviceIds = configured.serviceIds.filter((serviceId) => requested.includes(serviceId));
  if (serviceIds.length === 0) return err(domainError('SERVICE_NOT_AT_WINDOW', { windowId }));
  return ok([{ type: 'window:opened', at: ctx.now, windowId, clerkId: ctx.actor.id, serviceIds }]);
}

/**
 * Closes a window that holds no ticket (the clerk finishes or transfers it first, so no citizen
 * is left standing at a closed counter). A clerk closes only their own; supervisors any.
 */
export function decideCloseWindow(
  state: LiveState,
  command: CommandOf<'window:close'>,
  ctx: DecideContext,
): Decision {
  const { windowId } = command;
  const window = windowOf(state, ctx.rules, windowId);
  if (!window) return err(domainError('UNKNOWN_WINDOW', { windowId }));
  if (window.status === 'closed') return err(domainError('WINDOW_CLOSED', { windowId }));
  const problem = ownershipProblem(ctx.actor, window, windowId) ?? busyProblem(state, window);
  if (problem) return err(problem);
  return ok([{ type: 'window:closed', at: ctx.now, windowId }]);
}

/** Pauses an open window that holds no ticket; the reason is shown to supervisors. */
export function decidePauseWindow(
  state: LiveState,
  command: CommandOf<'window:pause'>,
  ctx: DecideContext,
): Decision {
  const { windowId } = command;
  const window = windowOf(state, ctx.rules, windowId);
  if (!window) return err(domainError('UNKNOWN_WINDOW', { windowId }));
  if (window.status === 'closed') return err(domainError('WINDOW_CLOSED', { windowId }));
  const problem =
    ownershipProblem(ctx.actor, window, windowId) ??
    (window.status === 'paused' ? domainError('WINDOW_PAUSED', { windowId }) : null) ??
    busyProblem(state, window);
  if (problem) return err(problem);
  return ok([{ type: 'window:paused', at: ctx.now, windowId, reason: command.reason }]);
}

/** Resumes a paused window (`WINDOW_NOT_PAUSED` when it is open already). */
export function decideResumeWindow(
  state: LiveState,
  command: CommandOf<'window:resume'>,
  ctx: DecideContext,
): Decision {
  const { windowId } = command;
  const window = windowOf(state, ctx.rules, windowId);
  if (!window) return err(domainError('UNKNOWN_WINDOW', { windowId }));
  if (window.status === 'closed') return err(domainError('WINDOW_CLOSED', { windowId }));
  const problem =
    ownershipProblem(ctx.actor, window, windowId) ??
    (window.status !== 'paused' ? domainError('WINDOW_NOT_PAUSED', { windowId }) : null);
  if (problem) return err(problem);
  return ok([{ type: 'window:resumed', at: ctx.now, windowId }]);
}
