import { sampleSyncSnapshot } from '@cac/shared/client';
import type { TicketLayoutInput } from '@cac/shared/ticket';
import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from './App';
import type { BridgePrintOutcome, KioskBridge } from '@cac/shared/protocol';
import { issuedTicket, onlineClient, renderWithKiosk } from './test-support/render-kiosk';
import type { TicketPrinter } from './ticket-printer';
import { bridgeOf, createIframeHtmlPrinter, createTicketPrinter } from './ticket-printer';

/** A bridge that records what it was asked to print and answers with `outcomes`, in turn. */
function fakeBridge(
  ...outcomes: BridgePrintOutcome[]
): KioskBridge & { printed: TicketLayoutInput[] } {
  const printed: TicketLayoutInput[] = [];
  return {
    printed,
    printTicket(input) {
      printed.push(input);
      return Promise.resolve(
        outcomes.shift() ?? { ok: true, printer: 'EPSON', queued: false, paperNearEnd: false },
      );
    },
    settings: () =>
      Promise.resolve({
        hubUrl: 'http://127.0.0.1:4700',
        paperMm: 80,
        printer: 'network',
        autostart: true,
      }),
  };
}

async function takeTickets(
  printer: TicketPrinter,
  options: { printsAtHub?: boolean; tickets?: number } = {},
): Promise<ReturnType<typeof renderWithKiosk>> {
  const user = userEvent.setup();
  const snapshot = sampleSyncSnapshot();
  if (snapshot.session.kind === 'device' && options.printsAtHub !== undefined) {
    snapshot.session = { ...snapshot.session, printsAtHub: options.printsAtHub };
  }
  const client = onlineClient(snapshot);
  let n = 0;
  client.onCommand(() => {
    n += 1;
    const number = `R-00${n}`;
    return {
      ok: true,
      value: { seq: 9 + n, ticket: null, issued: issuedTicket({ id: `rc-${n}`, number }) },
    };
  });
  const harness = renderWithKiosk(<App />, { client, printer });
  for (let i = 1; i <= (options.tickets ?? 1); i += 1) {
    if (i > 1) await user.click(screen.getByRole('button', { name: /volver al inicio/ }));
    await user.click(screen.getByRole('button', { name: /Registro Civil/ }));
    await user.click(screen.getByRole('button', { name: 'Ninguna de las anteriores' }));
    expect(await screen.findByTestId('ticket-number')).toHaveTextContent(`R-00${i}`);
  }
  return harness;
}

describe('printing the ticket', () => {
  it('in the Electron shell: prints through the bridge and shows its failure', async () => {
    const bridge = fakeBridge({
      ok: false,
      code: 'PRINTER_NO_PAPER',
      message: 'La impresora no tiene papel.',
    });
    const printHtml = vi.fn(() => Promise.resolve());
    // The bridge wins even when the hub could print for this device.
    const { client } = await takeTickets(createTicketPrinter({ bridge, printHtml }), {
      printsAtHub: true,
    });

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'No se pudo imprimir su ticket. Recuerde su número: R-001.',
    );
    expect(bridge.printed).toHaveLength(1);
    expect(bridge.printed[0]).toMatchObject({
      office: { name: sampleSyncSnapshot().office.name },
      ticket: { number: 'R-001' },
      serviceName: 'Registro Civil',
      publicOrigin: window.location.origin,
      language: 'es',
    });
    expect(printHtml).not.toHaveBeenCalled();
    // The supervisors learn of it: the kiosk tells the hub how its own print went.
    expect(client.printReports).toEqual([
      {
        ticketId: 'rc-1',
        number: 'R-001',
        via: 'bridge',
        ok: false,
        code: 'PRINTER_NO_PAPER',
        message: 'La impresora no tiene papel.',
      },
    ]);
  });

  it('in the Electron shell: a printed ticket shows no notice, and its report says so', async () => {
    const bridge = fakeBridge(
      { ok: true, printer: 'EPSON', queued: false, paperNearEnd: false },
      { ok: true, printer: 'EPSON', queued: false, paperNearEnd: true },
    );
    const { client } = await takeTickets(createTicketPrinter({ bridge, printHtml: vi.fn() }), {
      tickets: 2,
    });

    await act(() => Promise.resolve());
    expect(bridge.printed.map((input) => input.ticket.number)).toEqual(['R-001', 'R-002']);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(client.printReports).toEqual([
      { ticketId: 'rc-1', number: 'R-001', via: 'bridge', ok: true, paperNearEnd: false },
      { ticketId: 'rc-2', number: 'R-002', via: 'bridge', ok: true, paperNearEnd: true },
    ]);
  });

  it('in the Electron shell: a bridge that throws counts as not printed', async () => {
    const bridge: KioskBridge = {
      ...fakeBridge(),
      printTicket: () => Promise.reject(new Error('IPC closed')),
    };
    await takeTickets(createTicketPrinter({ bridge, printHtml: vi.fn() }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No se pudo imprimir su ticket.');
  });

  it('in a browser whose device prints at the hub: prints nothing and waits for print:result', async () => {
    const printHtml = vi.fn(() => Promise.resolve());
    const { client } = await takeTickets(createTicketPrinter({ bridge: null, printHtml }), {
      printsAtHub: true,
    });

    await act(() => Promise.resolve());
    expect(printHtml).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // The hub printed: it keeps the outcome itself, the kiosk reports nothing.
    expect(client.printReports).toEqual([]);
    act(() =>
      client.receivePrintResult({
        ticketId: 'rc-1',
        number: 'R-001',
        ok: false,
        code: 'PRINTER_OFFLINE',
        message: 'La impresora no responde.',
      }),
    );
    expect(screen.getByRole('alert')).toHaveTextContent('No se pudo imprimir su ticket.');
  });

  it('in a plain browser: prints the ticket HTML and shows nothing on success', async () => {
    const printHtml = vi.fn((_html: string) => Promise.resolve());
    const { client } = await takeTickets(createTicketPrinter({ bridge: null, printHtml }), {
      printsAtHub: false,
    });

    await vi.waitFor(() => expect(printHtml).toHaveBeenCalledTimes(1));
    // The print dialog says nothing of paper: no report of a success it cannot know.
    expect(client.printReports).toEqual([]);
    const html = printHtml.mock.calls[0]?.[0] ?? '';
    expect(html).toContain('<!DOCTYPE html>');
    expect(html).toContain('R-001');
    expect(html).toContain('@media print');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('in a plain browser: a print that fails shows the notice', async () => {
    const printHtml = vi.fn(() => Promise.reject(new Error('blocked')));
    const { client } = await takeTickets(createTicketPrinter({ bridge: null, printHtml }));
    expect(await screen.findByRole('alert')).toHaveTextContent('No se pudo imprimir su ticket.');
    expect(client.printReports).toEqual([
      expect.objectContaining({
        ticketId: 'rc-1',
        via: 'browser',
        ok: false,
        code: 'PRINTER_ERROR',
      }),
    ]);
  });
});

describe('bridgeOf', () => {
  it('finds the Electron bridge on the window, and nothing in a plain browser', () => {
    const bridge = fakeBridge();
    expect(bridgeOf({ cacBridge: bridge })).toBe(bridge);
    expect(bridgeOf({})).toBeNull();
  });
});

describe('createIframeHtmlPrinter', () => {
  it('prints the document from a hidden iframe, then removes it', async () => {
    const print = vi.fn();
    const html = '<!DOCTYPE html><html><body><p>R-001</p></body></html>';
    const printing = createIframeHtmlPrinter(document)(html);
    const frame = document.querySelector('iframe');
    expect(frame).not.toBeNull();
    expect(frame?.getAttribute('srcdoc')).toBe(html);
    const view = frame?.contentWindow;
    if (!frame || !view) throw new Error('no frame window');
    view.print = print;
    view.focus = vi.fn();
    frame.dispatchEvent(new Event('load'));
    await printing;
    expect(print).toHaveBeenCalledTimes(1);
    view.dispatchEvent(new Event('afterprint'));
    expect(document.querySelector('iframe')).toBeNull();
  });
});
