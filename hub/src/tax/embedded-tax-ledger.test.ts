import { startTestHub } from '../testing/start-test-hub';

describe('the demo hub’s tax ledger', () => {
  it('starts with the demo debts, dated from its first day, and quotes them', async () => {
    const hub = await startTestHub();
    try {
      const fines = await hub.context.taxLedger.findDebts({ by: 'plate', plate: 'ABC-123' });
      expect(fines.ok && fines.value.map((debt) => debt.papeleta?.infractionCode).sort()).toEqual([
        'G28',
        'G58',
        'M02',
      ]);
      const early = fines.ok ? fines.value.find((d) => d.papeleta?.infractionCode === 'G58') : null;
      // Imposed two working days before Monday 23 Nov 2026: Thursday 19 Nov.
      expect(early?.papeleta?.imposedOn).toBe('2026-11-19');
      const quote = await hub.context.taxLedger.quote([early?.id ?? ''], '2026-11-23');
      expect(quote.ok && quote.value[0]).toMatchObject({ discountPercent: 83, toPay: 7_480 });
    } finally {
      await hub.close();
    }
  });
});
