import { createFakeHubClient } from '@cac/shared/client';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { hubExpedientePort } from './hub-expediente-port';

describe('the hub adapter of the expediente port', () => {
  it('sends each method as its command on /counter and hands back the hub’s answer', async () => {
    const hub = createFakeHubClient<CounterClientEvents>();
    hub.onRequest((name) =>
      name === 'expediente:move'
        ? {
            ok: false,
            error: { code: 'EXPEDIENTE_MOVE_REFUSED', message: 'No se puede pasar el expediente.' },
          }
        : { ok: true, value: name === 'expediente:find' ? { expedientes: [] } : { printed: null } },
    );
    const port = hubExpedientePort(hub);

    expect(await port.find({ state: 'observado' })).toEqual({
      ok: true,
      value: { expedientes: [] },
    });
    expect(await port.move({ number: 'EXP-2026-000123', to: 'archivado' })).toEqual({
      ok: false,
      error: { code: 'EXPEDIENTE_MOVE_REFUSED', message: 'No se puede pasar el expediente.' },
    });
    expect(await port.reprint({ kind: 'cargo', ref: 'EXP-2026-000123' })).toEqual({
      ok: true,
      value: { printed: null },
    });
    expect(hub.commands).toEqual([
      { name: 'expediente:find', payload: { state: 'observado' } },
      { name: 'expediente:move', payload: { number: 'EXP-2026-000123', to: 'archivado' } },
      { name: 'document:reprint', payload: { kind: 'cargo', ref: 'EXP-2026-000123' } },
    ]);
  });
});
