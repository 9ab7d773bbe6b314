import { callApi, startTestHub } from '../../testing';
import type { TestHub } from '../../testing';
import { PAD_RATING_WINDOW_MS } from '../../ratings/pad-rating';
import { openWindow, takeTicket } from '../../ratings/rating-test-support';
import type { TakenTicket, WindowClerk } from '../../ratings/rating-test-support';

let hub: TestHub;

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

const rate = (ticket: TakenTicket, body: unknown, key = ticket.accessKey) =>
  callApi(hub, `/tickets/${ticket.id}/rating?k=${encodeURIComponent(key)}`, { body });

async function servedTicket(): Promise<{ ticket: TakenTicket; clerk: WindowClerk }> {
  const ticket = await takeTicket(hub);
  const clerk = await openWindow(hub);
  expect((await clerk.callNext()).status).toBe(200);
  await clerk.serveAndFinish(ticket.id);
  return { ticket, clerk };
}

describe('a citizen rates their attention from the ticket page (POST /tickets/{id}/rating)', () => {
  it('accepts one rating, stored with the window and clerk, and refuses a second', async () => {
    const { ticket } = await servedTicket();
    const first = await rate(ticket, { score: 4, comment: '  Muy amable la señorita.  ' });
    expect(first).toEqual({
      status: 201,
      body: { ticketId: ticket.id, score: 4, source: 'phone' },
    });
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toMatchObject({
      score: 4,
      comment: 'Muy amable la señorita.',
      serviceId: 'registro-civil',
      windowId: 'ventanilla-1',
      clerkId: 'clerk1',
      officeDay: '2026-11-23',
      source: 'phone',
    });
    const second = await rate(ticket, { score: 1 });
    expect(second).toEqual({
      status: 409,
      body: {
        error: { code: 'ALREADY_RATED', message: 'Esta atención ya fue calificada. Gracias.' },
      },
    });
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)?.score).toBe(4);
  });

  it('answers a wrong or missing key like a missing ticket, even with a bad body', async () => {
    const { ticket } = await servedTicket();
    expect(await rate(ticket, { score: 5 }, 'not-the-key')).toMatchObject({
      status: 404,
      body: { error: { code: 'NOT_FOUND' } },
    });
    expect(await rate(ticket, { score: 99 }, '')).toMatchObject({ status: 404 });
    const unknown = await callApi(hub, `/tickets/nope/rating?k=${ticket.accessKey}`, {
      body: { score: 5 },
    });
    expect(unknown).toMatchObject({ status: 404, body: { error: { code: 'NOT_FOUND' } } });
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toBeNull();
  });

  it('refuses a ticket that is waiting, called or being served with NOT_RATEABLE_YET', async () => {
    const ticket = await takeTicket(hub);
    expect(await rate(ticket, { score: 3 })).toMatchObject({
      status: 409,
      body: { error: { code: 'NOT_RATEABLE_YET' } },
    });
    const clerk = await openWindow(hub);
    await clerk.callNext();
    expect((await rate(ticket, { score: 3 })).status).toBe(409);
    await callApi(hub, `/tickets/${ticket.id}/start`, { token: clerk.token, body: {} });
    const serving = await rate(ticket, { score: 3 });
    expect(serving.status).toBe(409);
    expect((serving.body?.['error'] as { message: string }).message).toMatch(/todavía no/);
  });

  it('refuses bad bodies in Spanish with INVALID_PAYLOAD', async () => {
    const { ticket } = await servedTicket();
    for (const body of [
      {},
      { score: 0 },
      { score: 6 },
      { score: 3.5 },
      { score: '4' },
      { score: 4, comment: 'x'.repeat(301) },
      { score: 4, comment: 7 },
      { score: 4, name: 'Juan' },
      null,
      [4],
    ]) {
      const answer = await rate(ticket, body);
      expect(answer, JSON.stringify(body)).toMatchObject({
        status: 400,
        body: { error: { code: 'INVALID_PAYLOAD' } },
      });
      expect((answer.body?.['error'] as { message: string }).message).toMatch(/datos enviados/);
    }
    const raw = await callApi(hub, `/tickets/${ticket.id}/rating?k=${ticket.accessKey}`, {
      raw: '{"score":',
    });
    expect(raw.status).toBe(400);
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toBeNull();
  });

  it('follows a transfer: the rating is about the final record, once', async () => {
    const ticket = await takeTicket(hub);
    const clerk = await openWindow(hub);
    await clerk.callNext();
    await callApi(hub, `/tickets/${ticket.id}/start`, { token: clerk.token, body: {} });
    const moved = await callApi(hub, `/tickets/${ticket.id}/transfer`, {
      token: clerk.token,
      body: { serviceId: 'orientacion' },
    });
    expect(moved.status).toBe(200);
    expect((await rate(ticket, { score: 5 })).status).toBe(409);
    const next = await clerk.callNext();
    const finalId = (next.body?.['ticket'] as { id: string }).id;
    expect(finalId).not.toBe(ticket.id);
    await clerk.serveAndFinish(finalId, 'orientado');
    expect((await rate(ticket, { score: 5 })).status).toBe(201);
    expect(hub.context.ledger.ratings.ofTicket(finalId)).toMatchObject({
      serviceId: 'orientacion',
      windowId: 'ventanilla-1',
    });
    expect((await rate(ticket, { score: 2 })).body).toMatchObject({
      error: { code: 'ALREADY_RATED' },
    });
  });
});

describe('the rating pad at a window (POST /ratings)', () => {
  const pad = (body: unknown, token = 'demo-display-key') =>
    callApi(hub, '/ratings', { token, body });

  it('accepts one tap from a display device for a ticket just finished, then refuses', async () => {
    const { ticket } = await servedTicket();
    expect(await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 5 })).toEqual({
      status: 201,
      body: { ticketId: ticket.id, score: 5, source: 'pad' },
    });
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toMatchObject({
      source: 'pad',
      windowId: 'ventanilla-1',
      clerkId: 'clerk1',
      comment: null,
    });
    expect(await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 1 })).toMatchObject({
      status: 409,
      body: { error: { code: 'ALREADY_RATED' } },
    });
    // Nor may the phone rate it again.
    expect((await rate(ticket, { score: 1 })).body).toMatchObject({
      error: { code: 'ALREADY_RATED' },
    });
  });

  it('accepts only display devices', async () => {
    const { ticket, clerk } = await servedTicket();
    expect(
      await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 5 }, 'demo-kiosk-key'),
    ).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
    expect(
      (await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 5 }, clerk.token)).status,
    ).toBe(403);
    expect(
      (
        await callApi(hub, '/ratings', {
          body: { ticketId: ticket.id, windowId: 'ventanilla-1', score: 5 },
        })
      ).status,
    ).toBe(401);
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toBeNull();
  });

  it('refuses a tap more than two minutes after the attention ended', async () => {
    const { ticket } = await servedTicket();
    hub.advance(PAD_RATING_WINDOW_MS + 1_000);
    const late = await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 4 });
    expect(late).toMatchObject({ status: 409, body: { error: { code: 'NOT_RATEABLE_YET' } } });
    expect((late.body?.['error'] as { message: string }).message).toMatch(/2 minutos/);
    // The ticket's own page still may.
    expect((await rate(ticket, { score: 4 })).status).toBe(201);
  });

  it('refuses a ticket not finished at a window, unknown tickets and bad bodies', async () => {
    const waiting = await takeTicket(hub);
    expect(await pad({ ticketId: waiting.id, windowId: 'ventanilla-1', score: 4 })).toMatchObject({
      status: 409,
      body: { error: { code: 'NOT_RATEABLE_YET' } },
    });
    expect(
      await pad({ ticketId: 'no-such-ticket', windowId: 'ventanilla-1', score: 4 }),
    ).toMatchObject({
      status: 404,
      body: { error: { code: 'UNKNOWN_TICKET' } },
    });
    for (const body of [
      { ticketId: waiting.id },
      { ticketId: waiting.id, windowId: 'ventanilla-1', score: 9 },
      { ticketId: waiting.id, score: 3 },
      { score: 3 },
    ]) {
      expect(await pad(body)).toMatchObject({
        status: 400,
        body: { error: { code: 'INVALID_PAYLOAD' } },
      });
    }
    expect(
      (
        await pad({
          ticketId: waiting.id,
          windowId: 'ventanilla-1',
          score: 3,
          comment: 'no comments on a pad',
        })
      ).status,
    ).toBe(400);
  });

  it('rates only an attention that ended at the pad’s own window', async () => {
    const { ticket } = await servedTicket();
    const elsewhere = await pad({ ticketId: ticket.id, windowId: 'ventanilla-2', score: 2 });
    expect(elsewhere).toMatchObject({ status: 409, body: { error: { code: 'NOT_RATEABLE_YET' } } });
    expect((elsewhere.body?.['error'] as { message: string }).message).toContain(
      'no terminó en la ventanilla de este calificador',
    );
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toBeNull();
    expect((await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 2 })).status).toBe(
      201,
    );
  });

  it('refuses a window outside the device’s zone', async () => {
    // Both demo displays share one key: give both the zone.
    const changed = await hub.context.configStore.update((draft) => {
      for (const device of draft.devices) {
        if (device.kind === 'display') device.zone = { windowIds: ['ventanilla-5'] };
      }
    });
    expect(changed.ok).toBe(true);
    const { ticket } = await servedTicket();
    expect(await pad({ ticketId: ticket.id, windowId: 'ventanilla-1', score: 4 })).toMatchObject({
      status: 403,
      body: { error: { code: 'FORBIDDEN' } },
    });
  });
});

it('documents both rating paths in the OpenAPI document', async () => {
  const doc = await callApi(hub, '/openapi.json');
  expect(Object.keys(doc.body?.['paths'] as object)).toEqual(
    expect.arrayContaining(['/tickets/{ticketId}/rating', '/ratings']),
  );
});
