import path from 'node:path';
import Database from 'better-sqlite3';
import type { Ticket } from '@cac/shared/domain';
import type { SyncDelta } from '@cac/shared/protocol';
import { connectRole, loginToken, startTestHub } from './testing';
import type { RoleClient, TestHub } from './testing';

// The supervisor's three actions on the floor, through the same path as every command: cancel a
// waiting ticket, move a waiting ticket to another queue keeping its place, and close the window of
// a clerk who left (after sending the ticket it held back to its queue).

let hub: TestHub;
const open: RoleClient[] = [];

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  for (const client of open.splice(0)) client.close();
  await hub.close();
});

async function role(namespace: 'kiosk' | 'display' | 'counter', token: string) {
  const client = await connectRole(hub.url, namespace, token);
  open.push(client);
  return client;
}

const staff = async (username: string) => role('counter', await loginToken(hub.url, username));

async function take(kiosk: RoleClient, serviceId: string): Promise<Ticket> {
  const result = await kiosk.command('ticket:take', { serviceId });
  if (!result.ok || !result.value.ticket) throw new Error(JSON.stringify(result));
  return result.value.ticket;
}

async function rest(
  route: string,
  token: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${hub.url}/api/v1${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** What the audit trail kept for the last batch of a command. */
function auditOf(command: string): unknown {
  const db = new Database(path.join(hub.dataDir, 'ledger.sqlite'), { readonly: true });
  try {
    const json = db
      .prepare<[string], string | null>(
        'SELECT audit_json FROM batches WHERE command = ? ORDER BY seq DESC LIMIT 1',
      )
      .pluck()
      .get(command);
    return typeof json === 'string' ? JSON.parse(json) : json;
  } finally {
    db.close();
  }
}

const hasEvent = (type: string) => (delta: SyncDelta) => delta.events.some((e) => e.type === type);

describe('a supervisor cancels a ticket', () => {
  it('withdraws a waiting ticket with its reason; displays see it go, never the reason', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const display = await role('display', 'demo-display-key');
    const supervisor = await staff('supervisor');
    const ticket = await take(kiosk, 'licencias');

    const result = await supervisor.command('ticket:cancel', {
      ticketId: ticket.id,
      reason: 'Se retiró de la oficina',
    });

    expect(result).toMatchObject({ ok: true, value: { ticket: { status: 'cancelled' } } });
    const seen = await display.waitForDelta(hasEvent('ticket:cancelled'));
    expect(seen.events).toEqual([
      { type: 'ticket:cancelled', at: expect.any(Number), ticketId: ticket.id, reason: null },
    ]);
    const staffSaw = await supervisor.waitForDelta(hasEvent('ticket:cancelled'));
    expect(staffSaw.events[0]).toMatchObject({ reason: 'Se retiró de la oficina' });
    expect(hub.context.ledger.getTicket(ticket.id)).toMatchObject({ status: 'cancelled' });
    expect(auditOf('ticket:cancel')).toMatchObject({ reason: 'Se retiró de la oficina' });
  });

  it('refuses a ticket already at a window, and a clerk, with Spanish messages', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const supervisor = await staff('supervisor');
    const clerk = await staff('clerk1');
    const ticket = await take(kiosk, 'registro-civil');
    await clerk.command('window:open', { windowId: 'ventanilla-1' });
    await clerk.command('ticket:call-next', { windowId: 'ventanilla-1' });

    expect(await supervisor.command('ticket:cancel', { ticketId: ticket.id })).toMatchObject({
      ok: false,
      error: { code: 'ILLEGAL_TRANSITION', message: expect.stringMatching(/R-001/) },
    });
    const other = await take(kiosk, 'registro-civil');
    expect(await clerk.command('ticket:cancel', { ticketId: other.id })).toMatchObject({
      ok: false,
      error: {
        code: 'FORBIDDEN',
        message: 'Su cuenta no tiene permiso para realizar esta acción.',
      },
    });
  });
});

describe('a supervisor moves a waiting ticket to another service', () => {
  it('keeps its number and arrival, so it is called before later arrivals there', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const supervisor = await staff('supervisor');
    const clerk = await staff('clerk3');
    const wrongQueue = await take(kiosk, 'registro-civil');
    hub.advance(60_000);
    await take(kiosk, 'licencias');

    const moved = await supervisor.command('ticket:transfer', {
      ticketId: wrongQueue.id,
      to: { serviceId: 'licencias' },
      note: 'Vino por una licencia',
    });

    expect(moved).toMatchObject({
      ok: true,
      value: {
        ticket: {
          number: 'R-001',
          serviceId: 'licencias',
          status: 'waiting',
          arrivalAt: wrongQueue.arrivalAt,
          previousTicketId: wrongQueue.id,
        },
      },
    });
    expect(hub.context.ledger.getTicket(wrongQueue.id)).toMatchObject({ status: 'transferred' });
    await clerk.command('window:open', { windowId: 'ventanilla-3' });
    const called = await clerk.command('ticket:call-next', { windowId: 'ventanilla-3' });
    expect(called).toMatchObject({ ok: true, value: { ticket: { number: 'R-001' } } });
  });

  it('is refused to a clerk; over REST it takes the documented `{serviceId}` body', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const clerk = await staff('clerk1');
    const ticket = await take(kiosk, 'registro-civil');
    expect(
      await clerk.command('ticket:transfer', {
        ticketId: ticket.id,
        to: { serviceId: 'tributos' },
      }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });

    const token = await loginToken(hub.url, 'supervisor');
    const viaRest = await rest(`/tickets/${ticket.id}/transfer`, token, { serviceId: 'tributos' });
    expect(viaRest).toMatchObject({
      status: 200,
      body: { ticket: { number: 'R-001', status: 'waiting' } },
    });
    const again = await rest(`/tickets/${ticket.id}/transfer`, token, { serviceId: 'licencias' });
    expect(again).toMatchObject({ status: 404, body: { error: { code: 'UNKNOWN_TICKET' } } });
  });

  it('is allowed to an admin, who oversees the floor too', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const admin = await staff('admin');
    const ticket = await take(kiosk, 'orientacion');
    expect(
      await admin.command('ticket:transfer', {
        ticketId: ticket.id,
        to: { serviceId: 'tributos' },
      }),
    ).toMatchObject({ ok: true });
  });
});

describe('a supervisor closes the window of a clerk who left', () => {
  it('sends the held ticket back to its queue first, then closes with an audited reason', async () => {
    const kiosk = await role('kiosk', 'demo-kiosk-key');
    const display = await role('display', 'demo-display-key');
    const supervisor = await staff('supervisor');
    const clerk = await staff('clerk1');
    const first = await take(kiosk, 'registro-civil');
    await take(kiosk, 'registro-civil');
    await clerk.command('window:open', { windowId: 'ventanilla-1' });
    await clerk.command('ticket:call-next', { windowId: 'ventanilla-1' });
    clerk.close();

    const busy = await supervisor.command('window:close', { windowId: 'ventanilla-1' });
    expect(busy).toMatchObject({
      ok: false,
      error: { code: 'WINDOW_BUSY', message: expect.stringMatching(/R-001/) },
    });

    const back = await supervisor.command('ticket:transfer', {
      ticketId: first.id,
      to: { serviceId: 'registro-civil' },
      note: 'La ventanilla quedó sin personal',
    });
    expect(back).toMatchObject({
      ok: true,
      value: { ticket: { number: 'R-001', status: 'waiting', arrivalAt: first.arrivalAt } },
    });
    const closed = await supervisor.command('window:close', {
      windowId: 'ventanilla-1',
      reason: 'El servidor se retiró sin cerrar',
    });
    expect(closed).toMatchObject({ ok: true });
    await display.waitForDelta(hasEvent('window:closed'));
    expect(auditOf('window:close')).toEqual({
      windowId: 'ventanilla-1',
      reason: 'El servidor se retiró sin cerrar',
    });

    // R-001 keeps its place: the next registry window calls it before R-002.
    const other = await staff('clerk2');
    await other.command('window:open', { windowId: 'ventanilla-2' });
    const next = await other.command('ticket:call-next', { windowId: 'ventanilla-2' });
    expect(next).toMatchObject({ ok: true, value: { ticket: { number: 'R-001' } } });
  });

  it('closes a paused window over REST, and refuses a reason that says nothing', async () => {
    const clerk = await staff('clerk5');
    await clerk.command('window:open', { windowId: 'ventanilla-5' });
    await clerk.command('window:pause', { windowId: 'ventanilla-5', reason: 'refrigerio' });
    const token = await loginToken(hub.url, 'supervisor');

    const empty = await rest('/windows/ventanilla-5/close', token, { reason: ' ' });
    expect(empty).toMatchObject({ status: 400, body: { error: { code: 'INVALID_PAYLOAD' } } });
    const done = await rest('/windows/ventanilla-5/close', token, {});
    expect(done).toMatchObject({
      status: 200,
      body: { window: { status: 'closed', clerkId: null } },
    });
  });
});
