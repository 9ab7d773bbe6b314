import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { workingCalendar } from '@cac/shared/domain';
import type { PapeletaDiscountRules } from '@cac/shared/domain';
import { demoDebts } from './demo-debts';
import type { LocalTaxLedger } from './local-tax-ledger';
import { openLocalTaxLedger } from './local-tax-ledger';
import type { PaymentRequest } from './tax-ledger';

const RULES: PapeletaDiscountRules = {
  earlyPercent: 83,
  earlyWorkingDays: 5,
  beforeNotificationPercent: 67,
  excludedInfractions: ['M01', 'M02', 'M03'],
};
const CALENDAR = workingCalendar(['2026-12-08', '2026-12-09']);
const TODAY = '2026-11-24';

let dir: string;
let ledger: LocalTaxLedger;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'cac-tax-'));
  ledger = openLocalTaxLedger({
    file: path.join(dir, 'tax-ledger.sqlite'),
    rules: () => RULES,
    calendar: () => CALENDAR,
  });
  ledger.upsertDebts(demoDebts(TODAY, CALENDAR));
});

afterEach(async () => {
  ledger.close();
  await rm(dir, { recursive: true, force: true });
});

function payment(overrides: Partial<PaymentRequest> = {}): PaymentRequest {
  return {
    paymentId: 'pay-1',
    debtIds: ['predial:C-000123:2026-1', 'predial:C-000123:2026-2'],
    method: 'efectivo',
    reference: null,
    paidOn: TODAY,
    at: Date.parse('2026-11-24T15:00:00Z'),
    by: 'clerk4',
    windowId: 'v4',
    ...overrides,
  };
}

async function debtsOf(code: string) {
  const found = await ledger.findDebts({ by: 'taxpayer', code });
  if (!found.ok) throw new Error(found.error.code);
  return found.value;
}

describe('the embedded tax ledger', () => {
  it('finds an account by taxpayer code, DNI (with its check character), RUC or plate', async () => {
    expect((await debtsOf('c-000123')).map((debt) => debt.period)).toEqual([
      '2026-1',
      '2026-2',
      '2026-3',
      '2026-10',
      '2026-11',
      '2026-4',
    ]);
    const byDni = await ledger.findDebts({ by: 'document', document: '10117410-G' });
    expect(byDni.ok && byDni.value).toHaveLength(6);
    const byRuc = await ledger.findDebts({ by: 'document', document: '20607854247' });
    expect(byRuc.ok && byRuc.value.every((debt) => debt.taxpayerCode === 'C-000456')).toBe(true);
    const byPlate = await ledger.findDebts({ by: 'plate', plate: 'abc-123' });
    expect(byPlate.ok && byPlate.value.map((debt) => debt.papeleta?.infractionCode)).toEqual(
      expect.arrayContaining(['G58', 'G28', 'M02']),
    );
  });

  it('says which field of a lookup is wrong', async () => {
    expect(await ledger.findDebts({ by: 'document', document: '10117410-3' })).toEqual({
      ok: false,
      error: { code: 'TAX_QUERY_INVALID', field: 'document' },
    });
    expect(await ledger.findDebts({ by: 'plate', plate: '12' })).toEqual({
      ok: false,
      error: { code: 'TAX_QUERY_INVALID', field: 'plate' },
    });
    expect(await ledger.findDebts({ by: 'taxpayer', code: 'C 1; DROP' })).toEqual({
      ok: false,
      error: { code: 'TAX_QUERY_INVALID', field: 'code' },
    });
  });

  it('quotes each demo papeleta with its discount case', async () => {
    const found = await ledger.findDebts({ by: 'plate', plate: 'ABC123' });
    const fines = found.ok ? found.value : [];
    const idOf = (code: string) =>
      fines.find((debt) => debt.papeleta?.infractionCode === code)?.id ?? code;
    const quoted = await ledger.quote([idOf('G58'), idOf('G28'), idOf('M02')], TODAY);
    expect(
      quoted.ok && quoted.value.map((q) => [q.discountPercent, q.discountReason, q.toPay]),
    ).toEqual([
      [83, 'early', 7_480],
      [67, 'before-notification', 7_260],
      [0, 'excluded', 275_000],
    ]);
  });

  it('registers a payment once: the receipt, the debts gone from the account, a yearly number', async () => {
    const paid = await ledger.pay(payment());
    expect(paid).toMatchObject({
      ok: true,
      value: {
        receiptNumber: 'REC-2026-000001',
        taxpayerName: 'María Quispe Huamán',
        total: 17_500,
        lines: [
          { concept: 'Impuesto predial 2026 – cuota 1', toPay: 8_750 },
          { concept: 'Impuesto predial 2026 – cuota 2', toPay: 8_750 },
        ],
      },
    });
    expect((await debtsOf('C-000123')).map((debt) => debt.period)).toEqual([
      '2026-3',
      '2026-10',
      '2026-11',
      '2026-4',
    ]);
    const second = await ledger.pay(
      payment({ paymentId: 'pay-2', debtIds: ['arbitrios:C-000123:2026-10'] }),
    );
    expect(second.ok && second.value.receiptNumber).toBe('REC-2026-000002');
    expect(await ledger.receipt('REC-2026-000001')).toEqual(paid.ok && paid.value);
  });

  it('answers a double click or a retry with the first receipt, and charges nothing twice', async () => {
    const [a, b] = await Promise.all([ledger.pay(payment()), ledger.pay(payment())]);
    expect(a).toEqual(b);
    const again = await ledger.pay(payment());
    expect(again).toEqual(a);
    // Another payment (a new form) for a debt already paid is refused with the receipt that paid it.
    expect(await ledger.pay(payment({ paymentId: 'pay-9' }))).toEqual({
      ok: false,
      error: {
        code: 'TAX_DEBT_ALREADY_PAID',
        debtId: 'predial:C-000123:2026-1',
        receiptNumber: 'REC-2026-000001',
      },
    });
    // The same payment id for other debts is a client bug, not a second payment.
    expect(await ledger.pay(payment({ debtIds: ['arbitrios:C-000123:2026-11'] }))).toEqual({
      ok: false,
      error: { code: 'TAX_PAYMENT_ID_REUSED', receiptNumber: 'REC-2026-000001' },
    });
  });

  it('refuses what cannot be one payment, and writes nothing then', async () => {
    expect(await ledger.pay(payment({ debtIds: [] }))).toEqual({
      ok: false,
      error: { code: 'TAX_NOTHING_TO_PAY' },
    });
    expect(await ledger.pay(payment({ method: 'yape', reference: '  ' }))).toEqual({
      ok: false,
      error: { code: 'TAX_REFERENCE_REQUIRED' },
    });
    expect(
      await ledger.pay(
        payment({ debtIds: ['predial:C-000123:2026-1', 'predial:C-000456:2026-1'] }),
      ),
    ).toEqual({ ok: false, error: { code: 'TAX_DEBTS_OF_SEVERAL_TAXPAYERS' } });
    expect(await ledger.pay(payment({ debtIds: ['predial:C-000123:2026-1', 'nope'] }))).toEqual({
      ok: false,
      error: { code: 'TAX_DEBT_NOT_FOUND', debtId: 'nope' },
    });
    expect(await debtsOf('C-000123')).toHaveLength(6);
    // The refused id was not spent: it can still pay.
    expect((await ledger.pay(payment())).ok).toBe(true);
  });

  it('keeps payments across a restart, and a re-import does not revive a paid debt', async () => {
    await ledger.pay(payment());
    ledger.close();
    ledger = openLocalTaxLedger({
      file: path.join(dir, 'tax-ledger.sqlite'),
      rules: () => RULES,
      calendar: () => CALENDAR,
    });
    expect(ledger.upsertDebts(demoDebts(TODAY, CALENDAR))).toEqual({ added: 0, updated: 15 });
    expect(await debtsOf('C-000123')).toHaveLength(4);
    expect((await ledger.pay(payment())).ok && 'same receipt').toBe('same receipt');
  });
});
