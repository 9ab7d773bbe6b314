import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { AppError, Result } from '@cac/shared/protocol';
import { decodeEscPos, printedLines } from '@cac/shared/printing';
import { connectRole, loginToken, startTestHub } from '../testing';
import type { RoleClient, TestHub } from '../testing';

let hub: TestHub;
const open: RoleClient[] = [];

type Answer = Result<Record<string, unknown>>;

async function counter(username: string): Promise<RoleClient> {
  const client = await connectRole(hub.url, 'counter', await loginToken(hub.url, username));
  open.push(client);
  return client;
}

function send(client: RoleClient, name: string, payload: unknown): Promise<Answer> {
  return client.socket.timeout(5000).emitWithAck(name, payload) as Promise<Answer>;
}

function value(answer: Answer): Record<string, unknown> {
  if (!answer.ok) throw new Error(`refused: ${answer.error.code} ${answer.error.message}`);
  return answer.value;
}

function refusal(answer: Answer): AppError {
  if (answer.ok) throw new Error(`accepted: ${JSON.stringify(answer.value)}`);
  return answer.error;
}

/** A clerk opens `windowId`, a ticket of `serviceId` is taken, called and started there. */
async function serving(clerk: RoleClient, windowId: string, serviceId: string): Promise<string> {
  value((await clerk.command('window:open', { windowId })) as Answer);
  value((await clerk.command('ticket:take', { serviceId })) as Answer);
  const called = value((await clerk.command('ticket:call-next', { windowId })) as Answer);
  const ticketId = (called['ticket'] as { id: string }).id;
  value((await clerk.command('ticket:start', { ticketId })) as Answer);
  return ticketId;
}

/** The printed lines of every .bin file under a window's folder of the virtual printer. */
function printedAt(windowId: string): { file: string; lines: string[]; qr: string[] }[] {
  const folder = path.join(hub.dataDir, 'printed', 'windows', windowId);
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.bin'))
    .map((entry) => {
      const ops = decodeEscPos(
        new Uint8Array(readFileSync(path.join(entry.parentPath, entry.name))),
      );
      return {
        file: entry.name,
        lines: printedLines(ops)
          .map((line) => line.trim())
          .filter(Boolean),
        qr: ops.flatMap((op) =>
          op.op === 'qr' && op.fn === 0x50 && op.data !== undefined ? [op.data] : [],
        ),
      };
    });
}

const PERSON = {
  kind: 'person',
  documentType: 'dni',
  document: '10117410-G',
  names: 'María Quispe Huamán',
};

function intake(ticketId: string, extra: Record<string, unknown> = {}) {
  return {
    ticketId,
    procedureId: 'registro-expediente',
    requestId: 'intake-0001',
    applicant: PERSON,
    documentType: 'Solicitud',
    subject: 'Constancia de posesión',
    folios: 12,
    destinationOffice: 'Subgerencia de Catastro',
    ...extra,
  };
}

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  for (const client of open.splice(0)) client.close();
  await hub.close();
});

describe('procedure:intake (mesa de partes)', () => {
  it('opens an expediente with its due date and observation term, and prints the cargo with number, key and QR', async () => {
    const clerk = await counter('clerk3');
    const ticketId = await serving(clerk, 'ventanilla-3', 'mesa-de-partes');
    const answer = value(
      await send(
        clerk,
        'procedure:intake',
        intake(ticketId, { observation: 'Falta copia del DNI' }),
      ),
    );
    const expediente = answer['expediente'] as Record<string, string>;
    expect(expediente).toMatchObject({
      number: 'EXP-2026-000001',
      documentTitle: 'Expediente N° 000001-2026-MPC',
      // Monday 2026-11-23 + 30 working days (8, 9 and 25 December and 1 January are holidays).
      dueOn: '2027-01-08',
      // 2 working days after Monday.
      observationDeadline: '2026-11-25',
    });
    expect(expediente['accessKey']).toMatch(/^\d{8}$/);
    expect(expediente['lookupUrl']).toBe(
      `${hub.publicUrl}/consulta?n=EXP-2026-000001&k=${expediente['accessKey']}`,
    );
    expect(answer['printed']).toEqual({ ticketId, number: 'EXP-2026-000001', ok: true });

    const [cargo, ...others] = printedAt('ventanilla-3');
    expect(others).toEqual([]);
    expect(cargo?.file).toBe(`EXP-2026-000001-${ticketId}.bin`);
    expect(cargo?.lines).toEqual(
      expect.arrayContaining([
        'CARGO DE RECEPCIÓN',
        '000001-2026-MPC',
        'Folios: 12',
        'Destino: Subgerencia de Catastro',
        'OBSERVADO: Falta copia del DNI',
        `Clave de consulta: ${expediente['accessKey']}`,
      ]),
    );
    expect(cargo?.qr).toEqual([expediente['lookupUrl']]);

    // The public lookup shows it observed; the applicant stays inside (DNI stored normalized).
    const lookup = await fetch(
      `${hub.url}/api/v1/expedientes/EXP-2026-000001?k=${expediente['accessKey']}`,
    );
    const body = JSON.stringify(await lookup.json());
    expect(body).toContain('"status":"observado"');
    expect(body).not.toContain('Quispe');
    expect(hub.context.ledger.expedientes.get('EXP-2026-000001')?.applicantDocument).toBe(
      '10117410',
    );
  });

  it('answers a retry with the first expediente, and keeps one run', async () => {
    const clerk = await counter('clerk3');
    const ticketId = await serving(clerk, 'ventanilla-3', 'mesa-de-partes');
    const [first, second] = await Promise.all([
      send(clerk, 'procedure:intake', intake(ticketId)),
      send(clerk, 'procedure:intake', intake(ticketId)),
    ]);
    const third = await send(clerk, 'procedure:intake', intake(ticketId));
    expect(second).toEqual(first);
    expect(third).toEqual(first);
    expect(hub.context.ledger.procedureRuns.runsOfTicket(ticketId)).toHaveLength(1);
    expect(printedAt('ventanilla-3')).toHaveLength(1);
  });

  it('refuses what the catalog, the window or the identity check does not allow', async () => {
    const clerk3 = await counter('clerk3');
    const clerk4 = await counter('clerk4');
    const ticketId = await serving(clerk3, 'ventanilla-3', 'mesa-de-partes');
    value((await clerk4.command('window:open', { windowId: 'ventanilla-4' })) as Answer);

    expect(refusal(await send(clerk4, 'procedure:intake', intake(ticketId))).code).toBe(
      'TICKET_NOT_AT_YOUR_WINDOW',
    );
    expect(
      refusal(
        await send(clerk3, 'procedure:intake', intake(ticketId, { procedureId: 'pago-tributos' })),
      ).code,
    ).toBe('PROCEDURE_UNKNOWN');
    expect(
      refusal(
        await send(
          clerk3,
          'procedure:intake',
          intake(ticketId, { procedureId: 'consulta-expediente' }),
        ),
      ).code,
    ).toBe('PROCEDURE_KIND_MISMATCH');
    expect(
      refusal(
        await send(clerk3, 'procedure:intake', intake(ticketId, { destinationOffice: 'Alcaldía' })),
      ).code,
    ).toBe('DESTINATION_OFFICE_UNKNOWN');
    expect(
      refusal(
        await send(clerk3, 'procedure:intake', intake(ticketId, { documentType: 'Memorial' })),
      ).code,
    ).toBe('DOCUMENT_TYPE_UNKNOWN');
    const badDni = refusal(
      await send(
        clerk3,
        'procedure:intake',
        intake(ticketId, { applicant: { ...PERSON, document: '10117410-3' } }),
      ),
    );
    expect(badDni.code).toBe('INVALID_PAYLOAD');
    expect(badDni.message).toContain('dígito de verificación');
    // A CE of unusual length is accepted (the panel warns).
    value(
      await send(
        clerk3,
        'procedure:intake',
        intake(ticketId, {
          requestId: 'intake-ce-001',
          applicant: { kind: 'person', documentType: 'ce', document: '12345', names: 'Ana Pérez' },
        }),
      ),
    );
    for (const bad of [null, 42, 'x', { ticketId }, intake(ticketId, { extra: 1 })]) {
      expect(refusal(await send(clerk3, 'procedure:intake', bad)).code).toBe('INVALID_PAYLOAD');
    }
    expect(hub.context.ledger.procedureRuns.runsOfTicket(ticketId)).toHaveLength(1);
  });

  it('refuses a ticket that is not in attention', async () => {
    const clerk = await counter('clerk3');
    value((await clerk.command('window:open', { windowId: 'ventanilla-3' })) as Answer);
    value((await clerk.command('ticket:take', { serviceId: 'mesa-de-partes' })) as Answer);
    const called = value(
      (await clerk.command('ticket:call-next', { windowId: 'ventanilla-3' })) as Answer,
    );
    const ticketId = (called['ticket'] as { id: string }).id;
    expect(refusal(await send(clerk, 'procedure:intake', intake(ticketId))).code).toBe(
      'TICKET_NOT_SERVING',
    );
    expect(refusal(await send(clerk, 'procedure:intake', intake('nope'))).code).toBe(
      'UNKNOWN_TICKET',
    );
  });
});

describe('procedure:licence', () => {
  it.each([
    ['bajo', 'after', 4, 26_320, '2026-11-27'],
    ['alto', 'before', 10, 55_330, '2026-12-07'],
    ['muy-alto', 'before', 8, 99_495, '2026-12-03'],
  ])(
    'risk %s: ITSE %s, %i working days, fee %i céntimos, due %s',
    async (riskLevel, itse, days, fee, dueOn) => {
      const clerk = await counter('clerk3');
      const ticketId = await serving(clerk, 'ventanilla-3', 'licencias');
      const answer = value(
        await send(clerk, 'procedure:licence', {
          ticketId,
          procedureId: 'licencia-funcionamiento',
          requestId: `licence-${riskLevel}`,
          applicant: {
            kind: 'company',
            ruc: '20607854247',
            businessName: 'Comercial Cajamarca S.A.C.',
            representative: { dni: '45055499', names: 'José Chávez Rojas' },
          },
          tradeName: 'Bodega El Inca',
          address: 'Jr. Amalia Puga 345',
          activity: 'Venta de abarrotes',
          areaM2: 45,
          riskLevel,
          requirementsChecked: ['Certificado de pozo a tierra'].filter(() => riskLevel !== 'bajo'),
        }),
      );
      expect(answer).toMatchObject({ itse, timeLimitWorkingDays: days, fee });
      expect((answer['expediente'] as { dueOn: string }).dueOn).toBe(dueOn);
      expect((answer['printed'] as { ok: boolean }).ok).toBe(true);
    },
  );

  it('refuses a requirement the catalog does not list', async () => {
    const clerk = await counter('clerk3');
    const ticketId = await serving(clerk, 'ventanilla-3', 'licencias');
    const answer = await send(clerk, 'procedure:licence', {
      ticketId,
      procedureId: 'licencia-funcionamiento',
      requestId: 'licence-unknown-req',
      applicant: PERSON,
      tradeName: 'Bodega',
      address: 'Jr. Lima 1',
      activity: 'Abarrotes',
      areaM2: 20,
      riskLevel: 'bajo',
      requirementsChecked: ['Partida de nacimiento'],
    });
    expect(refusal(answer).code).toBe('REQUIREMENT_UNKNOWN');
  });
});

describe('procedure:acta-copy', () => {
  const copy = (ticketId: string, procedureId: string, extra: Record<string, unknown> = {}) => ({
    ticketId,
    procedureId,
    requestId: `acta-${procedureId}`,
    registered: { names: 'Rosa Tafur Mendoza', date: '1990-05-14' },
    requester: PERSON,
    firstBirthCopyFree: false,
    result: { kind: 'issued', receiptNumber: 'RC-2026-0001' },
    ...extra,
  });

  it('charges the catalog fee, makes the first birth copy free, and links a record', async () => {
    const clerk = await counter('clerk1');
    const ticketId = await serving(clerk, 'ventanilla-1', 'registro-civil');
    const paid = value(
      await send(clerk, 'procedure:acta-copy', copy(ticketId, 'copia-acta-matrimonio')),
    );
    expect(paid).toMatchObject({ fee: 1_100, result: { kind: 'issued' } });
    expect(paid['recordId']).toMatch(/^REG-\d{6}$/);
    const free = value(
      await send(
        clerk,
        'procedure:acta-copy',
        copy(ticketId, 'copia-acta-nacimiento', { firstBirthCopyFree: true }),
      ),
    );
    expect(free['fee']).toBe(0);
    const runs = hub.context.ledger.procedureRuns.runsOfTicket(ticketId);
    expect(runs.map((run) => [run.fee, run.result?.kind])).toEqual([
      [1_100, 'record'],
      [0, 'record'],
    ]);
    expect(runs[1]?.summary).toContain('Ley 29462');
    expect(
      refusal(
        await send(
          clerk,
          'procedure:acta-copy',
          copy(ticketId, 'copia-acta-defuncion', { firstBirthCopyFree: true }),
        ),
      ).code,
    ).toBe('FREE_COPY_NOT_ALLOWED');

    // Finishing links the attention to the record; the waiting room does not see the link.
    const finished = await clerk.command('ticket:finish', {
      ticketId,
      outcome: 'atendido',
      result: { kind: 'record', ref: paid['recordId'] },
    });
    expect(finished.ok).toBe(true);
    expect(hub.context.ledger.getTicket(ticketId)?.result).toEqual({
      kind: 'record',
      ref: paid['recordId'],
    });
  });
});

describe('tax:find, tax:quote, tax:pay', () => {
  it('finds, quotes with the papeleta discount, and pays once when the payment is sent twice at once', async () => {
    const clerk = await counter('clerk5');
    const ticketId = await serving(clerk, 'ventanilla-5', 'tributos');
    const found = value(await send(clerk, 'tax:find', { by: 'plate', value: 'abc-123' }));
    const debts = found['debts'] as { id: string; papeleta: { infractionCode: string } }[];
    const g58 = debts.find((d) => d.papeleta.infractionCode === 'G58');
    expect(g58).toBeDefined();
    const quote = value(await send(clerk, 'tax:quote', { debtIds: [g58?.id] }));
    expect(quote).toEqual({
      quotes: [
        {
          debtId: g58?.id,
          amount: 44_000,
          discountPercent: 83,
          discount: 36_520,
          toPay: 7_480,
          discountReason: 'early',
        },
      ],
      total: 7_480,
    });

    const payment = {
      ticketId,
      paymentId: 'pay-000000001',
      debtIds: [g58?.id],
      method: 'yape',
      reference: '00012345',
    };
    const [first, second] = await Promise.all([
      send(clerk, 'tax:pay', payment),
      send(clerk, 'tax:pay', payment),
    ]);
    expect(second).toEqual(first);
    const receipt = value(first)['receipt'] as { receiptNumber: string; total: number };
    expect(receipt.total).toBe(7_480);
    expect(value(first)['printed']).toMatchObject({ number: receipt.receiptNumber, ok: true });
    expect(await send(clerk, 'tax:pay', payment)).toEqual(first);
    expect(hub.context.ledger.procedureRuns.countTaxPayments('pay-000000001')).toBe(1);
    expect(hub.context.ledger.procedureRuns.taxPayment(receipt.receiptNumber)).toMatchObject({
      total: 7_480,
      method: 'yape',
      windowId: 'ventanilla-5',
      ticketId,
    });

    const printed = printedAt('ventanilla-5');
    expect(printed).toHaveLength(1);
    expect(printed[0]?.lines).toEqual(
      expect.arrayContaining(['RECIBO DE PAGO', receipt.receiptNumber, 'Contribuyente: C-000789']),
    );
    expect(printed[0]?.lines.join(' ')).toMatch(/83 ?%/);
    expect(printed[0]?.lines.join(' ')).toContain('S/ 74.80');

    // Paying the same debt with another payment id is refused with the receipt that paid it.
    const again = refusal(await send(clerk, 'tax:pay', { ...payment, paymentId: 'pay-000000002' }));
    expect(again.code).toBe('TAX_DEBT_ALREADY_PAID');
    expect(again.message).toContain(receipt.receiptNumber);
  });

  it('refuses a bad query, a missing reference and an unknown debt in Spanish', async () => {
    const clerk = await counter('clerk5');
    value((await clerk.command('window:open', { windowId: 'ventanilla-5' })) as Answer);
    expect(
      refusal(await send(clerk, 'tax:find', { by: 'document', value: '10117410-3' })).code,
    ).toBe('TAX_QUERY_INVALID');
    expect(
      refusal(
        await send(clerk, 'tax:pay', {
          paymentId: 'pay-000000003',
          debtIds: ['predial:C-000123:2026-1'],
          method: 'tarjeta',
        }),
      ).code,
    ).toBe('TAX_REFERENCE_REQUIRED');
    expect(refusal(await send(clerk, 'tax:quote', { debtIds: ['nope'] })).code).toBe(
      'TAX_DEBT_NOT_FOUND',
    );
  });
});

describe('expedientes back office', () => {
  it('finds, reads and moves an expediente; clerks read but do not move', async () => {
    const clerk = await counter('clerk3');
    const supervisor = await counter('supervisor');
    const ticketId = await serving(clerk, 'ventanilla-3', 'mesa-de-partes');
    value(await send(clerk, 'procedure:intake', intake(ticketId)));

    const found = value(await send(supervisor, 'expediente:find', { document: '10117410-G' }));
    expect(found['expedientes']).toEqual([
      expect.objectContaining({
        number: 'EXP-2026-000001',
        applicantName: 'María Quispe Huamán',
        applicantDocument: '10117410',
        state: 'recibido',
        overdue: false,
      }),
    ]);
    expect(
      value(await send(supervisor, 'expediente:find', { from: '2026-11-24' }))['expedientes'],
    ).toEqual([]);
    expect(
      value(await send(supervisor, 'expediente:find', { from: '2026-11-23', to: '2026-11-23' }))[
        'expedientes'
      ],
    ).toHaveLength(1);

    const detail = value(await send(clerk, 'expediente:get', { number: 'EXP-2026-000001' }));
    expect(detail['expediente']).toMatchObject({
      applicant: { kind: 'person', document: '10117410', names: 'María Quispe Huamán' },
      details: { folios: 12 },
      history: [{ state: 'recibido', by: 'clerk3', byName: 'María Díaz Cerna' }],
    });

    expect(
      refusal(await send(clerk, 'expediente:move', { number: 'EXP-2026-000001', to: 'derivado' }))
        .code,
    ).toBe('FORBIDDEN');
    const noOffice = refusal(
      await send(supervisor, 'expediente:move', { number: 'EXP-2026-000001', to: 'derivado' }),
    );
    expect(noOffice).toMatchObject({
      code: 'EXPEDIENTE_MOVE_REFUSED',
      details: { problem: 'OFFICE_REQUIRED' },
    });
    const moved = value(
      await send(supervisor, 'expediente:move', {
        number: 'EXP-2026-000001',
        to: 'derivado',
        office: 'Subgerencia de Catastro',
        note: 'Para inspección',
      }),
    );
    expect(moved['expediente']).toMatchObject({
      state: 'derivado',
      office: 'Subgerencia de Catastro',
      history: [{ state: 'recibido' }, { state: 'derivado', by: 'supervisor' }],
    });
    expect(
      refusal(await send(supervisor, 'expediente:get', { number: 'EXP-2026-000099' })).code,
    ).toBe('EXPEDIENTE_UNKNOWN');
  });

  it('reprints a cargo at the sender’s window, and needs a window to do it', async () => {
    const clerk = await counter('clerk3');
    const supervisor = await counter('supervisor');
    const ticketId = await serving(clerk, 'ventanilla-3', 'mesa-de-partes');
    value(await send(clerk, 'procedure:intake', intake(ticketId)));
    const again = value(
      await send(clerk, 'document:reprint', { kind: 'cargo', ref: 'EXP-2026-000001' }),
    );
    expect(again['printed']).toMatchObject({ number: 'EXP-2026-000001', ok: true });
    expect(printedAt('ventanilla-3')).toHaveLength(2);
    expect(
      refusal(await send(supervisor, 'document:reprint', { kind: 'cargo', ref: 'EXP-2026-000001' }))
        .code,
    ).toBe('WINDOW_REQUIRED');
    expect(
      refusal(await send(clerk, 'document:reprint', { kind: 'receipt', ref: 'REC-2026-000999' }))
        .code,
    ).toBe('RECEIPT_NOT_FOUND');
  });

  it('carries the UIT table in the office view', async () => {
    const clerk = await counter('clerk1');
    expect(clerk.snapshot.office.uitTable).toEqual({
      '2024': 515000,
      '2025': 535000,
      '2026': 550000,
    });
  });
});
