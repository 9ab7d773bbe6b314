import { feeFromUitPercent } from '@cac/shared/domain';
import { parseOfficeConfig } from '@cac/shared/protocol';
import { createDemoOffice } from './demo-office';

const demo = createDemoOffice();
const procedure = (id: string) =>
  demo.services.flatMap((service) => service.procedures).find((p) => p.id === id);

describe('the demo procedure catalog', () => {
  it('is a valid configuration with a panel for each of the four procedures', () => {
    expect(parseOfficeConfig(demo).ok).toBe(true);
    const kinds = new Set(demo.services.flatMap((s) => s.procedures.map((p) => p.kind)));
    expect([...kinds].sort()).toEqual([
      'acta-copy',
      'business-licence',
      'document-intake',
      'general',
      'tax-payment',
    ]);
  });

  it('charges S/ 11.00 a certified copy and knows which acta each copy is of', () => {
    expect(procedure('copia-acta-nacimiento')).toMatchObject({
      kind: 'acta-copy',
      actaType: 'nacimiento',
      fee: { kind: 'fixed', centimos: 1_100 },
    });
    expect(procedure('copia-acta-defuncion')?.actaType).toBe('defuncion');
  });

  it('puts the ITSE after the licence for low and medium risk, before it for high and very high', () => {
    const risks = procedure('licencia-funcionamiento')?.riskLevels;
    expect(risks?.bajo).toMatchObject({ itse: 'after', timeLimitWorkingDays: 4 });
    expect(risks?.medio).toMatchObject({ itse: 'after', timeLimitWorkingDays: 4 });
    expect(risks?.alto).toMatchObject({ itse: 'before', timeLimitWorkingDays: 10 });
    expect(risks?.['muy-alto']).toMatchObject({ itse: 'before', timeLimitWorkingDays: 8 });
    // 18.09% of the 2026 UIT (S/ 5,500) is S/ 994.95.
    const veryHigh = risks?.['muy-alto']?.fee;
    expect(
      veryHigh?.kind === 'uit-percent' && feeFromUitPercent(veryHigh.percent, 2026, demo.uitTable),
    ).toEqual({
      ok: true,
      value: 99_495,
    });
    expect(procedure('licencia-centro-historico')?.requirements).toContain(
      'Autorización del Ministerio de Cultura',
    );
  });

  it('lets mesa de partes file for free, with document types and destination offices', () => {
    expect(procedure('registro-expediente')).toMatchObject({
      kind: 'document-intake',
      fee: { kind: 'free' },
      timeLimitWorkingDays: 30,
    });
    expect(procedure('registro-expediente')?.destinationOffices).toContain(
      'Subgerencia de Catastro',
    );
  });

  it('reads a procedure written before the catalog had kinds and fees as a free general one', () => {
    const older = structuredClone(demo) as unknown as {
      services: { procedures: Record<string, unknown>[] }[];
    };
    const [registro] = older.services;
    if (registro) registro.procedures = [{ id: 'antiguo', name: 'Trámite antiguo' }];
    const parsed = parseOfficeConfig(older);
    expect(parsed.ok && parsed.value.services[0]?.procedures[0]).toEqual({
      id: 'antiguo',
      name: 'Trámite antiguo',
      kind: 'general',
      requirements: [],
      fee: { kind: 'free' },
      timeLimitWorkingDays: null,
    });
  });

  it('explains a wrong fee in Spanish', () => {
    const broken = structuredClone(demo) as unknown as {
      services: { procedures: Record<string, unknown>[] }[];
    };
    const first = broken.services[0]?.procedures[0];
    if (first) first['fee'] = { kind: 'uit-percent', percent: '4,68' };
    const parsed = parseOfficeConfig(broken);
    expect(parsed.ok).toBe(false);
    expect(JSON.stringify(parsed)).toContain(
      'El porcentaje de la UIT se escribe con punto decimal',
    );
  });
});
