import { readDebtsCsv } from './debt-csv';

const HEADER =
  'tipo,codigo_contribuyente,contribuyente,documento,placa,concepto,periodo,monto,vencimiento,infraccion,fecha_imposicion,fecha_notificacion';

describe('importing debts from CSV', () => {
  it('reads predial, arbitrios and papeletas, with accents, quotes and both date forms', () => {
    const result = readDebtsCsv(
      [
        HEADER,
        'predial,c-000123,"Quispe Huamán, María",10117410,,Impuesto predial 2026 – cuota 4,2026-4,87.50,30/11/2026,,,',
        'papeleta,C-000789,José Chávez Rojas,45055499,abc-123,Papeleta P-2026-0101,P-2026-0101,"1,440.00",,g58,2026-11-20,',
      ].join('\r\n'),
    );
    expect(result).toEqual({
      ok: true,
      debts: [
        {
          id: 'predial:C-000123:2026-4',
          kind: 'predial',
          taxpayerCode: 'C-000123',
          taxpayerName: 'Quispe Huamán, María',
          document: '10117410',
          plate: null,
          concept: 'Impuesto predial 2026 – cuota 4',
          period: '2026-4',
          amount: 8_750,
          dueOn: '2026-11-30',
          papeleta: null,
        },
        {
          id: 'papeleta:C-000789:P-2026-0101',
          kind: 'papeleta',
          taxpayerCode: 'C-000789',
          taxpayerName: 'José Chávez Rojas',
          document: '45055499',
          plate: 'ABC123',
          concept: 'Papeleta P-2026-0101',
          period: 'P-2026-0101',
          amount: 144_000,
          dueOn: null,
          papeleta: { infractionCode: 'G58', imposedOn: '2026-11-20', notifiedOn: null },
        },
      ],
    });
  });

  it('accepts headers with accents, capitals and spaces, in any order, semicolon separated', () => {
    const result = readDebtsCsv(
      '\uFEFFMonto;Tipo;Código contribuyente;Contribuyente;Concepto;Periodo\n18.20;arbitrios;C-1;Ana;Arbitrios 11/2026;2026-11\n',
    );
    expect(result.ok && result.debts.map((debt) => [debt.id, debt.amount])).toEqual([
      ['arbitrios:C-1:2026-11', 1_820],
    ]);
  });

  it('lists every problem with its line, in Spanish, and imports nothing', () => {
    const result = readDebtsCsv(
      [
        HEADER,
        'predial,C-1,Ana,,,Predial,2026-1,87.50,,,,',
        'impuesto,C-1,Ana,,,X,2026-2,10,,,,',
        'predial,C-1,Ana,10117410-3,,Predial,2026-3,10;50,31/02/2026,,,',
        'papeleta,C-2,Luis,,,Papeleta,P-1,100,,,,',
        'predial,C-1,Ana,,,Predial,2026-1,87.50,,,,',
        'arbitrios,,Ana,,,Arbitrios,2026-11,,,,,',
      ].join('\n'),
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        { line: 3, message: 'El tipo "impuesto" no existe: use predial, arbitrios o papeleta.' },
        { line: 4, message: 'El monto "10;50" no es un importe en soles (p. ej. 125.50).' },
        { line: 4, message: 'El documento "10117410-3" no es un DNI ni un RUC válido.' },
        {
          line: 4,
          message:
            'La fecha "31/02/2026" de vencimiento no es válida (use 2026-11-23 o 23/11/2026).',
        },
        { line: 5, message: 'Una papeleta necesita infraccion y fecha_imposicion.' },
        { line: 6, message: 'La deuda predial:C-1:2026-1 ya aparece en la línea 2.' },
        { line: 7, message: 'Falta codigo_contribuyente.' },
        { line: 7, message: 'Falta monto.' },
      ],
    });
  });

  it('names the missing columns, and an empty file', () => {
    expect(readDebtsCsv('tipo,monto\n')).toEqual({
      ok: false,
      problems: [
        {
          line: 1,
          message: 'Faltan las columnas: codigo_contribuyente, contribuyente, concepto, periodo.',
        },
      ],
    });
    expect(readDebtsCsv('')).toEqual({
      ok: false,
      problems: [{ line: 1, message: 'El archivo está vacío.' }],
    });
  });
});
