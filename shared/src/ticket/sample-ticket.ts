import type { TicketLayoutInput } from './build-ticket-layout';

/**
 * A realistic ticket of the demo office (Registro Civil, a senior citizen, four people ahead, on a
 * Monday at 10:05 in Lima), for tests, benchmarks and previews. `overrides` replaces top-level
 * fields; `ticket` fields are merged.
 */
export function sampleTicketInput(
  overrides: Partial<Omit<TicketLayoutInput, 'ticket'>> & {
    ticket?: Partial<TicketLayoutInput['ticket']>;
  } = {},
): TicketLayoutInput {
  const { ticket, ...rest } = overrides;
  return {
    office: {
      name: 'Centro de Atención al Ciudadano',
      municipality: 'Municipalidad Provincial de Cajamarca',
      timeZone: 'America/Lima',
    },
    serviceName: 'Registro Civil',
    publicOrigin: 'http://192.168.1.10:8080',
    footer: 'Conserve este ticket hasta ser atendido. Gracias por su visita.',
    language: 'es',
    ...rest,
    ticket: {
      number: 'R-023',
      category: 'senior',
      position: 4,
      estimatedWaitMin: 12,
      issuedAt: '2026-11-23T15:05:00.000Z',
      statusUrl: '/api/v1/tickets/t0000001?k=Zx8_k3yK3yK3yK3yK3y',
      ...ticket,
    },
  };
}
