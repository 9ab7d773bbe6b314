import { Router } from 'express';
import type { CommandName } from '@cac/shared/protocol';
import type { HubContext } from '../../hub-context';
import { ticketView } from '../../views/ticket-view';
import { requireRole, STAFF } from '../bearer';
import { pathParams, runCommand, withPath } from '../run-command';

/** Ticket actions addressed by ticket id: `POST /tickets/{id}/<action>`. */
const TICKET_ACTIONS: Readonly<Record<string, CommandName>> = {
  recall: 'ticket:recall',
  'no-show': 'ticket:no-show',
  start: 'ticket:start',
  finish: 'ticket:finish',
  transfer: 'ticket:transfer',
  cancel: 'ticket:cancel',
};

/** Window actions: `POST /windows/{windowId}/<action>`. */
const WINDOW_ACTIONS: Readonly<Record<string, CommandName>> = {
  open: 'window:open',
  close: 'window:close',
  pause: 'window:pause',
  resume: 'window:resume',
  'call-next': 'ticket:call-next',
  call: 'ticket:call',
};

/** REST commands for tickets and windows; roles are checked again per command by the gate. */
export function commandRoutes(ctx: HubContext): Router {
  const router = Router();
  const staff = requireRole(ctx.auth, STAFF);

  router.post('/tickets', requireRole(ctx.auth, ['kiosk', ...STAFF]), (req, res) =>
    runCommand(ctx, res, 'ticket:take', req.body ?? {}, (ack, replayed) => ({
      status: replayed ? 200 : 201,
      body: ack.issued,
    })),
  );

  router.post('/tickets/:ticketId/:action', staff, (req, res, next) => {
    const { ticketId, action } = pathParams(req.params, 'ticketId', 'action');
    const name = TICKET_ACTIONS[action];
    if (!name) return next();
    // A transfer body is `{serviceId}` or `{windowId}` plus note, as API.md says; the socket
    // payload nests the target under `to`.
    const body = name === 'ticket:transfer' ? transferPayload(req.body) : req.body;
    return runCommand(ctx, res, name, withPath(body, { ticketId }), (ack) => ({
      status: 200,
      body: { ticket: ack.ticket ? ticketView(ack.ticket) : null },
    }));
  });

  router.post('/windows/:windowId/:action', staff, (req, res, next) => {
    const { windowId, action } = pathParams(req.params, 'windowId', 'action');
    const name = WINDOW_ACTIONS[action];
    if (!name) return next();
    return runCommand(ctx, res, name, withPath(req.body, { windowId }), (ack) => ({
      status: 200,
      body: {
        ticket: ack.ticket ? ticketView(ack.ticket) : null,
        window: ctx.writer.state().windows[windowId] ?? null,
      },
    }));
  });

  return router;
}

function transferPayload(body: unknown): unknown {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { serviceId, windowId, ...rest } = body as Record<string, unknown>;
  if (serviceId !== undefined && windowId !== undefined)
    return { ...rest, to: { serviceId, windowId } };
  if (serviceId !== undefined) return { ...rest, to: { serviceId } };
  if (windowId !== undefined) return { ...rest, to: { windowId } };
  return rest;
}
