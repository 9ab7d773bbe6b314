import { clientError, createFakeHubClient } from '@cac/shared/client';
import type { CounterClientEvents } from '@cac/shared/protocol';
import { counterTranslator } from '../counter-text';
import { hubProcedurePort } from './hub-procedure-port';

describe('the procedure port over the hub client', () => {
  it('sends each method as its command and passes the hub’s value and Spanish refusal through', async () => {
    const hub = createFakeHubClient<CounterClientEvents>();
    hub.onRequest((name) =>
      name === 'tax:find'
        ? { ok: true, value: { debts: [] } }
        : { ok: false, error: { code: 'FORBIDDEN', message: 'No atiende ese ticket.' } },
    );
    const port = hubProcedurePort(hub, counterTranslator('es'), 'es');

    expect(await port.findDebts({ by: 'plate', value: 'ABC123' })).toEqual({
      ok: true,
      value: { debts: [] },
    });
    expect(
      await port.pay({ paymentId: 'p-1', debtIds: ['d-1'], method: 'efectivo' }),
    ).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    await port.reprint({ kind: 'cargo', ref: 'EXP-2026-000001' });
    expect(hub.commands.map((command) => command.name)).toEqual([
      'tax:find',
      'tax:pay',
      'document:reprint',
    ]);
  });

  it('says a lost connection in the page’s language', async () => {
    const hub = createFakeHubClient<CounterClientEvents>();
    hub.onRequest(() => ({ ok: false, error: clientError('timeout') }));
    const english = hubProcedurePort(hub, counterTranslator('en'), 'en');
    const answer = await english.intake({
      ticketId: 't-1',
      procedureId: 'registro-expediente',
      requestId: 'r-1',
      applicant: { kind: 'person', documentType: 'dni', document: '10117410', names: 'Ana' },
      documentType: 'Carta',
      subject: 'Asunto',
      folios: 1,
      destinationOffice: 'Gerencia Municipal',
    });
    expect(answer).toMatchObject({
      ok: false,
      error: { message: 'The server did not answer in time. Please try again.' },
    });
  });
});
