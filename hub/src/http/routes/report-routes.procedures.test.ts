import type { Result } from '@cac/shared/protocol';
import { useReportTestHub } from '../../reports/report-test-hub';
import { loginToken } from '../../testing';
import type { RoleClient } from '../../testing';

// A scripted Monday of procedures at the windows (2026-11-23 from 09:00 Lima), run through the
// hub's socket commands, and the figures the report must give, worked out by hand from the demo
// catalog (fees in céntimos; UIT 2026 = S/ 5 500):
//
//  window clerk   ticket  procedure (command)                               result      fee
//  V1     clerk1  R-001   copia-acta-nacimiento, first copy (Ley 29462)     record          0
//                         copia-acta-nacimiento, a second copy              record      1 100
//                         copia-acta-matrimonio                             record      1 100
//                         copia-acta-defuncion, acta not found              record          0
//  V3     clerk3  L-001   licencia-funcionamiento, risk bajo (fixed fee)    expediente 26 320  EXP-…01, due 11-27
//                         licencia-funcionamiento, risk alto (10.06 % UIT)  expediente 55 330  EXP-…02, due 12-07
//  V3     clerk3  M-001   registro-expediente (intake, free)                expediente      0  EXP-…03, due 2027-01-08
//  V5     clerk5  T-001   tax:pay predial C-000123 cuota 1, efectivo        receipt     8 750
//                         tax:pay arbitrios C-000123 10/2026, efectivo      receipt     1 820
//                         tax:pay papeleta G58, 83 % early discount, yape   receipt     7 480  (44 000 − 36 520)
//
// The supervisor then observes EXP-…03, takes its fix (subsanado) and resolves it; sends EXP-…02 to
// an office (derivado); EXP-…01 stays recibido. On Monday 2026-11-30 only EXP-…01 is past its due
// date while still open: one overdue.

const T0 = Date.parse('2026-11-23T14:00:00Z');
const DAY = '2026-11-23';
const NEXT_MONDAY = Date.parse('2026-11-30T15:00:00Z');

const session = useReportTestHub(T0, scriptedProcedures);

async function staff(username: string): Promise<RoleClient> {
  return session.connect('counter', await loginToken(session.hub.url, username));
}

/** Sends a command and gives its value; a refusal fails the script with its code. */
async function run(
  client: RoleClient,
  name: string,
  payload: unknown,
): Promise<Record<string, unknown>> {
  const answer = (await client.command(name, payload)) as Result<Record<string, unknown>>;
  if (!answer.ok) throw new Error(`${name}: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

/** Takes a ticket of `serviceId`, calls it at the clerk's open window and starts it. */
async function attend(clerk: RoleClient, windowId: string, serviceId: string): Promise<string> {
  await run(clerk, 'ticket:take', { serviceId });
  const called = await run(clerk, 'ticket:call-next', { windowId });
  const ticketId = (called['ticket'] as { id: string }).id;
  await run(clerk, 'ticket:start', { ticketId });
  return ticketId;
}

const person = { kind: 'person', documentType: 'dni', document: '10117410', names: 'María Quispe' };

async function actaCopies(clerk: RoleClient): Promise<void> {
  await run(clerk, 'window:open', { windowId: 'ventanilla-1' });
  const ticketId = await attend(clerk, 'ventanilla-1', 'registro-civil');
  const copy = (procedureId: string, requestId: string, extra: Record<string, unknown>) =>
    run(clerk, 'procedure:acta-copy', {
      ticketId,
      procedureId,
      requestId,
      registered: { names: 'Rosa Tafur Mendoza' },
      requester: person,
      firstBirthCopyFree: false,
      result: { kind: 'issued', receiptNumber: `RC-${requestId}` },
      ...extra,
    });
  await copy('copia-acta-nacimiento', 'acta-0001', { firstBirthCopyFree: true });
  await copy('copia-acta-nacimiento', 'acta-0002', {});
  await copy('copia-acta-matrimonio', 'acta-0003', {});
  await copy('copia-acta-defuncion', 'acta-0004', { result: { kind: 'not-found' } });
}

async function filings(clerk: RoleClient): Promise<void> {
  await run(clerk, 'window:open', { windowId: 'ventanilla-3' });
  const licenceTicket = await attend(clerk, 'ventanilla-3', 'licencias');
  for (const riskLevel of ['bajo', 'alto']) {
    await run(clerk, 'procedure:licence', {
      ticketId: licenceTicket,
      procedureId: 'licencia-funcionamiento',
      requestId: `licence-${riskLevel}`,
      applicant: person,
      tradeName: 'Bodega El Inca',
      address: 'Jr. Amalia Puga 345',
      activity: 'Venta de abarrotes',
      areaM2: 45,
      riskLevel,
      requirementsChecked: [],
    });
  }
  await run(clerk, 'ticket:finish', {
    ticketId: licenceTicket,
    outcome: 'expediente-recibido',
  });
  const intakeTicket = await attend(clerk, 'ventanilla-3', 'mesa-de-partes');
  await run(clerk, 'procedure:intake', {
    ticketId: intakeTicket,
    procedureId: 'registro-expediente',
    requestId: 'intake-0001',
    applicant: person,
    documentType: 'Solicitud',
    subject: 'Constancia de posesión',
    folios: 3,
    destinationOffice: 'Subgerencia de Catastro',
  });
}

async function payments(clerk: RoleClient): Promise<void> {
  await run(clerk, 'window:open', { windowId: 'ventanilla-5' });
  const ticketId = await attend(clerk, 'ventanilla-5', 'tributos');
  const pay = (paymentId: string, debtId: string, method: string, reference?: string) =>
    run(clerk, 'tax:pay', { ticketId, paymentId, debtIds: [debtId], method, reference });
  await pay('pay-00000001', 'predial:C-000123:2026-1', 'efectivo');
  await pay('pay-00000002', 'arbitrios:C-000123:2026-10', 'efectivo');
  await pay('pay-00000003', 'papeleta:C-000789:P-2026-0101', 'yape', '00012345');
}

async function backOffice(supervisor: RoleClient): Promise<void> {
  const move = (number: string, step: Record<string, unknown>) =>
    run(supervisor, 'expediente:move', { number, ...step });
  await move('EXP-2026-000003', { to: 'observado', note: 'Falta el plano de ubicación' });
  await move('EXP-2026-000003', { to: 'subsanado', note: 'Trajo el plano' });
  await move('EXP-2026-000003', { to: 'resuelto', resolution: 'aprobado' });
  await move('EXP-2026-000002', { to: 'derivado', office: 'Gerencia de Desarrollo Económico' });
}

async function scriptedProcedures(): Promise<void> {
  const [clerk1, clerk3, clerk5, supervisor] = await Promise.all(
    ['clerk1', 'clerk3', 'clerk5', 'supervisor'].map(staff),
  );
  if (!clerk1 || !clerk3 || !clerk5 || !supervisor) throw new Error('login');
  await actaCopies(clerk1);
  await filings(clerk3);
  await payments(clerk5);
  await backOffice(supervisor);
}

const report = () => session.report(`from=${DAY}&to=${DAY}`);

describe('GET /reports: the procedures of a scripted Monday', () => {
  it('counts the runs per procedure, what they produced and the fees charged', async () => {
    const { procedures } = await report();
    const row = (
      procedureId: string,
      procedureName: string,
      kind: string,
      runs: number,
      results: [string, number][],
      feesCents: number,
    ) => ({
      procedureId,
      procedureName,
      kind,
      runs,
      results: results.map(([result, count]) => ({ result, count })),
      feesCents,
    });
    // Busiest first, then by id.
    expect(procedures).toEqual([
      row(
        'pago-tributos',
        'Pago de impuesto predial, arbitrios y papeletas',
        'tax-payment',
        3,
        [['receipt', 3]],
        18_050,
      ),
      row(
        'copia-acta-nacimiento',
        'Copia certificada de acta de nacimiento',
        'acta-copy',
        2,
        [['acta-copy', 2]],
        1_100,
      ),
      row(
        'licencia-funcionamiento',
        'Licencia de funcionamiento',
        'business-licence',
        2,
        [['expediente', 2]],
        81_650,
      ),
      row(
        'copia-acta-defuncion',
        'Copia certificada de acta de defunción',
        'acta-copy',
        1,
        // The acta was not found: no copy, no fee.
        [['not-found', 1]],
        0,
      ),
      row(
        'copia-acta-matrimonio',
        'Copia certificada de acta de matrimonio',
        'acta-copy',
        1,
        [['acta-copy', 1]],
        1_100,
      ),
      row(
        'registro-expediente',
        'Registro de expediente (solicitud escrita)',
        'document-intake',
        1,
        [['expediente', 1]],
        0,
      ),
    ]);
  });

  it('sums the payments in céntimos, per method, largest first', async () => {
    expect((await report()).payments).toEqual({
      count: 3,
      totalCents: 18_050,
      byMethod: [
        { method: 'efectivo', count: 2, totalCents: 10_570 },
        { method: 'yape', count: 1, totalCents: 7_480 },
      ],
    });
  });

  it('counts the expedientes opened by state, and the overdue one once its due date passed', async () => {
    const byState = [
      { state: 'recibido', count: 1 },
      { state: 'derivado', count: 1 },
      { state: 'resuelto', count: 1 },
    ];
    expect((await report()).expedientes).toEqual({ opened: 3, byState, overdue: 0 });
    // A week later: EXP-…01 (due Friday 11-27) is still recibido; EXP-…02 is due 12-07 and
    // EXP-…03 is resolved.
    session.hub.advance(NEXT_MONDAY - session.hub.context.now());
    expect((await report()).expedientes).toEqual({ opened: 3, byState, overdue: 1 });
  });
});
