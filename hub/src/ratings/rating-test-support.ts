import { callApi, loginToken } from '../testing';
import type { ApiAnswer, TestHub } from '../testing';

/** A ticket as the kiosk's `POST /tickets` answers it. */
export type TakenTicket = { id: string; number: string; accessKey: string; statusUrl: string };

/** Takes a ticket at the demo kiosk. */
export async function takeTicket(hub: TestHub, serviceId = 'registro-civil'): Promise<TakenTicket> {
  const taken = await callApi(hub, '/tickets', { token: 'demo-kiosk-key', body: { serviceId } });
  if (taken.status !== 201) throw new Error(`ticket not taken: ${JSON.stringify(taken.body)}`);
  return taken.body as unknown as TakenTicket;
}

/** A clerk logged in at an open window of the demo office, driving it over REST. */
export type WindowClerk = {
  token: string;
  windowId: string;
  callNext(): Promise<ApiAnswer>;
  /** Starts and finishes the ticket (outcome `atendido` unless told: each service has its own). */
  serveAndFinish(ticketId: string, outcome?: string): Promise<void>;
};

/** Logs `username` in and opens `windowId` (demo: clerk1 at ventanilla-1 serves Registro Civil). */
export async function openWindow(
  hub: TestHub,
  username = 'clerk1',
  windowId = 'ventanilla-1',
): Promise<WindowClerk> {
  const token = await loginToken(hub.url, username);
  const opened = await callApi(hub, `/windows/${windowId}/open`, { token, body: {} });
  if (opened.status !== 200) throw new Error(`window not opened: ${JSON.stringify(opened.body)}`);
  return {
    token,
    windowId,
    callNext: () => callApi(hub, `/windows/${windowId}/call-next`, { token, body: {} }),
    async serveAndFinish(ticketId, outcome = 'atendido') {
      const started = await callApi(hub, `/tickets/${ticketId}/start`, { token, body: {} });
      if (started.status !== 200) throw new Error(`not started: ${JSON.stringify(started.body)}`);
      const finished = await callApi(hub, `/tickets/${ticketId}/finish`, {
        token,
        body: { outcome },
      });
      if (finished.status !== 200)
        throw new Error(`not finished: ${JSON.stringify(finished.body)}`);
    },
  };
}
