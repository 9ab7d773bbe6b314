import { callApi, startTestHub } from '../../testing';
import type { TestHub } from '../../testing';
import { openWindow, takeTicket } from '../../ratings/rating-test-support';
import type { TakenTicket } from '../../ratings/rating-test-support';
import { LIVE_STREAM_LIMITS } from './live-streams';

let hub: TestHub;
const streams: AbortController[] = [];

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  for (const stream of streams.splice(0)) stream.abort();
  await hub.close();
});

type LiveEvent = { event: string; data: Record<string, unknown> };

/** Opens a ticket's event stream and returns a reader of its events, one at a time. */
async function openStream(ticket: TakenTicket) {
  const abort = new AbortController();
  streams.push(abort);
  const response = await fetch(
    `${hub.url}/estado/${ticket.id}/eventos?k=${encodeURIComponent(ticket.accessKey)}`,
    { signal: abort.signal },
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  if (!response.body) throw new Error('no body');
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return async function next(): Promise<LiveEvent> {
    for (;;) {
      const end = buffer.indexOf('\n\n');
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) return { event, data: JSON.parse(data) as Record<string, unknown> };
        continue;
      }
      const chunk = await reader.read();
      if (chunk.done) throw new Error('stream ended');
      buffer += decoder.decode(chunk.value, { stream: true });
    }
  };
}

describe('the live ticket page’s event stream', () => {
  it('sends the page at once, then the call when the clerk calls the ticket', async () => {
    const ticket = await takeTicket(hub);
    await takeTicket(hub);
    const next = await openStream(ticket);
    const first = await next();
    expect(first).toMatchObject({
      event: 'vista',
      data: { status: 'waiting', headline: 'Usted es el siguiente.', settled: false },
    });
    expect(first.data['detail']).toContain('Trámites que puede hacer sin venir');
    // A ticket of another queue changes nothing on this page: nothing is sent for it.
    await takeTicket(hub, 'tributos');
    const clerk = await openWindow(hub);
    expect((await clerk.callNext()).status).toBe(200);
    const called = await next();
    expect(called).toMatchObject({
      event: 'vista',
      data: { status: 'called', headline: '¡Es su turno! Acérquese a la Ventanilla 1.' },
    });
    await clerk.serveAndFinish(ticket.id);
    let done = await next();
    if (done.data['status'] === 'serving') done = await next();
    expect(done.data).toMatchObject({ status: 'done', settled: false });
    expect(done.data['detail']).toContain('¿Cómo fue su atención?');
    const rated = await callApi(hub, `/tickets/${ticket.id}/rating?k=${ticket.accessKey}`, {
      body: { score: 5 },
    });
    expect(rated.status).toBe(201);
    // A rating is not a commit of the writer; the page learns it when it reloads or polls.
    const view = await fetch(`${hub.url}/estado/${ticket.id}/vista?k=${ticket.accessKey}`);
    expect(await view.json()).toMatchObject({ status: 'done', settled: true });
  });

  it('moves the people-ahead figure when someone ahead is called', async () => {
    await takeTicket(hub);
    const mine = await takeTicket(hub);
    const next = await openStream(mine);
    expect((await next()).data['headline']).toBe('Hay 1 persona antes que usted.');
    const clerk = await openWindow(hub);
    await clerk.callNext();
    expect((await next()).data['headline']).toBe('Usted es el siguiente.');
  });

  it('answers a wrong key with 404 and caps the streams of one address', async () => {
    const ticket = await takeTicket(hub);
    const wrong = await fetch(`${hub.url}/estado/${ticket.id}/eventos?k=nope`);
    expect(wrong.status).toBe(404);
    for (let i = 0; i < LIVE_STREAM_LIMITS.perAddress; i += 1) await openStream(ticket);
    const refused = await fetch(`${hub.url}/estado/${ticket.id}/eventos?k=${ticket.accessKey}`);
    expect(refused.status).toBe(429);
    expect(await refused.json()).toMatchObject({ error: { code: 'RATE_LIMITED' } });
    // Polling still works for the page that was refused a stream.
    const polled = await fetch(`${hub.url}/estado/${ticket.id}/vista?k=${ticket.accessKey}`);
    expect(polled.status).toBe(200);
  });
});

describe('the page’s rating form (works without JavaScript)', () => {
  const post = (ticket: TakenTicket, form: string) =>
    fetch(`${hub.url}/estado/${ticket.id}/calificar?k=${ticket.accessKey}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });

  it('thanks once, then says it was already rated', async () => {
    const ticket = await takeTicket(hub);
    const clerk = await openWindow(hub);
    await clerk.callNext();
    await clerk.serveAndFinish(ticket.id);
    const page = await fetch(`${hub.url}${ticket.statusUrl}`).then((r) => r.text());
    expect(page).toContain('¿Cómo fue su atención?');
    const first = await post(ticket, 'score=2&comment=Demor%C3%B3+mucho');
    expect(first.status).toBe(200);
    expect(await first.text()).toContain('¡Gracias por su calificación!');
    expect(hub.context.ledger.ratings.ofTicket(ticket.id)).toMatchObject({
      score: 2,
      comment: 'Demoró mucho',
      source: 'phone',
    });
    const second = await post(ticket, 'score=5');
    expect(second.status).toBe(409);
    expect(await second.text()).toContain('Esta atención ya fue calificada. Gracias.');
    const after = await fetch(`${hub.url}${ticket.statusUrl}`).then((r) => r.text());
    expect(after).not.toContain('name="score"');
    expect(after).toContain('Usted ya calificó esta atención');
  });

  it('refuses a missing score and a wrong key with Spanish pages', async () => {
    const ticket = await takeTicket(hub);
    const early = await post(ticket, 'score=4');
    expect(early.status).toBe(409);
    expect(await early.text()).toContain('todavía no se puede calificar');
    const noScore = await post(ticket, 'comment=hola');
    expect(noScore.status).toBe(400);
    const wrong = await fetch(`${hub.url}/estado/${ticket.id}/calificar?k=nope`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'score=4',
    });
    expect(wrong.status).toBe(404);
    expect(await wrong.text()).toContain('No encontramos ese ticket');
    const huge = await post(ticket, `score=4&comment=${'x'.repeat(5000)}`);
    expect(huge.status).toBe(413);
    expect(await huge.text()).toContain('demasiado grandes');
  });
});
