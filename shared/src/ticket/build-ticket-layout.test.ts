import type { TicketLayoutInput } from './build-ticket-layout';
import { buildTicketLayout } from './build-ticket-layout';
import { sampleTicketInput } from './sample-ticket';
import type { TicketBlock, TicketLayout } from './ticket-layout';

function layoutOf(input: TicketLayoutInput): TicketLayout {
  const result = buildTicketLayout(input);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function texts(layout: TicketLayout): string[] {
  return layout.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : []));
}

function textBlock(layout: TicketLayout, text: string): TicketBlock | undefined {
  return layout.blocks.find((b) => b.kind === 'text' && b.text === text);
}

describe('buildTicketLayout', () => {
  it('describes the Spanish ticket from top to bottom', () => {
    const layout = layoutOf(sampleTicketInput());
    expect(layout.language).toBe('es');
    expect(layout.title).toBe('Ticket R-023');
    expect(layout.blocks.map((b) => b.kind)).toEqual([
      'text',
      'text',
      'rule',
      'text',
      'text',
      'text',
      'text',
      'rule',
      'text',
      'text',
      'text',
      'text',
      'rule',
      'text',
      'qr',
      'text',
      'feed',
      'cut',
    ]);
    expect(texts(layout)).toEqual([
      'Municipalidad Provincial de Cajamarca',
      'Centro de Atención al Ciudadano',
      'SU NÚMERO DE ATENCIÓN ES',
      'R-023',
      'Registro Civil',
      'Atención preferente: Persona adulta mayor',
      'Fecha: 23 de noviembre de 2026',
      'Hora: 10:05 a. m.',
      'Personas antes que usted: 4',
      'Espera aproximada: 12 min',
      'Siga su turno desde su celular',
      'Conserve este ticket hasta ser atendido. Gracias por su visita.',
    ]);
    expect(textBlock(layout, 'R-023')).toMatchObject({ size: 'huge', bold: true, align: 'center' });
    expect(textBlock(layout, 'Registro Civil')).toMatchObject({ size: 'large' });
  });

  it('puts the absolute status URL in the QR code', () => {
    const layout = layoutOf(sampleTicketInput());
    expect(layout.blocks.find((b) => b.kind === 'qr')).toEqual({
      kind: 'qr',
      data: 'http://192.168.1.10:8080/api/v1/tickets/t0000001?k=Zx8_k3yK3yK3yK3yK3y',
    });
  });

  it('keeps an absolute status URL and makes a non-ASCII host ASCII', () => {
    const absolute = layoutOf(
      sampleTicketInput({ ticket: { statusUrl: 'https://turnos.example.pe/t/1?k=a' } }),
    );
    expect(absolute.blocks.find((b) => b.kind === 'qr')).toEqual({
      kind: 'qr',
      data: 'https://turnos.example.pe/t/1?k=a',
    });
    const idn = layoutOf(sampleTicketInput({ publicOrigin: 'http://municipalidad-cañete.pe' }));
    const qr = idn.blocks.find((b) => b.kind === 'qr');
    expect(qr?.kind === 'qr' && qr.data).toMatch(
      /^http:\/\/xn--municipalidad-caete-[a-z0-9]+\.pe\/api/,
    );
  });

  it('writes date and time in the office zone: 03:30 UTC on the 24th is the 23rd at 22:30 in Lima', () => {
    const layout = layoutOf(
      sampleTicketInput({ ticket: { issuedAt: '2026-11-24T03:30:00.000Z' } }),
    );
    expect(texts(layout)).toContain('Fecha: 23 de noviembre de 2026');
    expect(texts(layout)).toContain('Hora: 10:30 p. m.');
  });

  it('prints only the category of a preferential ticket, and nothing for an ordinary one', () => {
    const pregnant = layoutOf(sampleTicketInput({ ticket: { category: 'pregnant' } }));
    expect(texts(pregnant)).toContain('Atención preferente: Gestante');
    const ordinary = layoutOf(sampleTicketInput({ ticket: { category: 'none' } }));
    expect(texts(ordinary).some((t) => t.startsWith('Atención preferente'))).toBe(false);
  });

  it('says "next" and "under 1 min" for an empty queue', () => {
    const layout = layoutOf(sampleTicketInput({ ticket: { position: 0, estimatedWaitMin: 0 } }));
    expect(texts(layout)).toContain('Usted es el siguiente');
    expect(texts(layout)).toContain('Espera aproximada: menos de 1 min');
  });

  it('writes the ticket in English when asked', () => {
    const layout = layoutOf(sampleTicketInput({ language: 'en' }));
    expect(layout.language).toBe('en');
    expect(texts(layout)).toEqual(
      expect.arrayContaining([
        'YOUR TICKET NUMBER IS',
        'Priority service: Senior citizen',
        'Date: November 23, 2026',
        'Time: 10:05 AM',
        'People ahead of you: 4',
        'Estimated wait: 12 min',
        'Follow your turn on your phone',
      ]),
    );
  });

  it('adds a logo block only when the office has one, and the municipality only when given', () => {
    const withLogo = layoutOf(
      sampleTicketInput({ office: { name: 'CAC', hasLogo: true, timeZone: 'America/Lima' } }),
    );
    expect(withLogo.blocks[0]).toEqual({ kind: 'logo' });
    expect(withLogo.blocks[1]).toMatchObject({ kind: 'text', text: 'CAC', bold: true });
    expect(layoutOf(sampleTicketInput()).blocks.some((b) => b.kind === 'logo')).toBe(false);
  });

  it('cleans configured text and splits the footer into lines', () => {
    const layout = layoutOf(
      sampleTicketInput({
        serviceName: 'Tributos 💰 “SAT”',
        footer: 'Línea uno…\r\n\r\n¿Dudas? — Orientación',
      }),
    );
    expect(texts(layout)).toContain('Tributos "SAT"');
    expect(texts(layout).slice(-2)).toEqual(['Línea uno...', '¿Dudas? - Orientación']);
  });

  it.each([
    [{ ticket: { number: '  ' } }, 'ticket.number', 'El ticket no tiene número.'],
    [{ ticket: { position: -1 } }, 'ticket.position', 'números enteros de 0 o más'],
    [{ ticket: { estimatedWaitMin: 2.5 } }, 'ticket.position', 'números enteros de 0 o más'],
    [{ ticket: { issuedAt: 'ayer' } }, 'ticket.issuedAt', '«ayer»'],
    [
      { office: { name: 'CAC', timeZone: 'America/Cajamarca' } },
      'office.timeZone',
      '«America/Cajamarca» no es válida',
    ],
    [{ publicOrigin: '0.0.0.0:8080' }, 'publicOrigin', 'dirección pública del servidor'],
    [{ publicOrigin: 'ftp://hub' }, 'publicOrigin', '«ftp://hub»'],
  ] as const)('refuses bad input with a coded Spanish error (%j)', (overrides, field, words) => {
    const result = buildTicketLayout(sampleTicketInput(overrides));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('TICKET_INPUT_INVALID');
    expect(result.error.details.field).toBe(field);
    expect(result.error.message).toContain(words);
  });

  it('refuses a category this version does not know instead of printing an ordinary ticket', () => {
    const input = sampleTicketInput();
    const result = buildTicketLayout({
      ...input,
      ticket: { ...input.ticket, category: 'vip' as unknown as 'none' },
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'TICKET_INPUT_INVALID', details: { field: 'ticket.category' } },
    });
  });
});
