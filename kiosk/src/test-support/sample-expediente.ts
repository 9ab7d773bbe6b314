import type { ExpedienteLookupView } from '@cac/shared/protocol';

/**
 * An expediente as the hub answers the lookup (the contract's example): observed at filing on
 * 27/11/2026 at 10:05 Lima time, with until 01/12/2026 to fix it.
 */
export function sampleExpediente(patch: Partial<ExpedienteLookupView> = {}): ExpedienteLookupView {
  return {
    number: 'EXP-2026-000123',
    documentTitle: 'Expediente N° 000123-2026-MPC',
    procedure: 'Mesa de partes – solicitud',
    status: 'observado',
    dueOn: '2026-12-03',
    observationDeadline: '2026-12-01',
    resolution: null,
    history: [
      { status: 'recibido', at: '2026-11-27T15:05:00.000Z' },
      { status: 'observado', at: '2026-11-27T15:12:00.000Z' },
    ],
    ...patch,
  };
}
