import { addCalendarDays, isWorkingDay } from '@cac/shared/domain';
import type { CivilDate, WorkingCalendar } from '@cac/shared/domain';
import type { TaxDebt } from './tax-ledger';

/** SAT Cajamarca's predial instalments: 28 Feb, 29 May, 31 Aug, 30 Nov. */
const PREDIAL_DUE = ['02-28', '05-29', '08-31', '11-30'];

function workingDaysBefore(date: CivilDate, days: number, calendar: WorkingCalendar): CivilDate {
  let day = date;
  for (let counted = 0; counted < days;) {
    day = addCalendarDays(day, -1);
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
}

/**
 * The demo office's tax accounts, dated from the day the demo ledger is created so that its three
 * papeletas always show the three discount cases: one imposed 2 working days ago (83%), one 15
 * working days ago and not notified (67%), one very serious infraction (no discount). Invented
 * people with valid check digits; every figure is a demo.
 */
export function demoDebts(today: CivilDate, calendar: WorkingCalendar): TaxDebt[] {
  const year = today.slice(0, 4);
  const predial = (
    taxpayerCode: string,
    taxpayerName: string,
    document: string,
    amount: number,
  ): TaxDebt[] =>
    PREDIAL_DUE.map((due, i) => ({
      id: `predial:${taxpayerCode}:${year}-${i + 1}`,
      kind: 'predial',
      taxpayerCode,
      taxpayerName,
      document,
      plate: null,
      concept: `Impuesto predial ${year} – cuota ${i + 1}`,
      period: `${year}-${i + 1}`,
      amount,
      dueOn: `${year}-${due}`,
      papeleta: null,
    }));
  const arbitrios = (
    taxpayerCode: string,
    taxpayerName: string,
    document: string,
    amount: number,
  ) =>
    ['10', '11'].map((month): TaxDebt => ({
      id: `arbitrios:${taxpayerCode}:${year}-${month}`,
      kind: 'arbitrios',
      taxpayerCode,
      taxpayerName,
      document,
      plate: null,
      concept: `Arbitrios municipales ${month}/${year} (limpieza, parques, serenazgo)`,
      period: `${year}-${month}`,
      amount,
      dueOn: `${year}-${month}-28`,
      papeleta: null,
    }));
  const driver = {
    taxpayerCode: 'C-000789',
    taxpayerName: 'José Chávez Rojas',
    document: '45055499',
  };
  const papeleta = (
    number: string,
    infractionCode: string,
    amount: number,
    imposedOn: CivilDate,
    what: string,
  ): TaxDebt => ({
    id: `papeleta:${driver.taxpayerCode}:${number}`,
    kind: 'papeleta',
    ...driver,
    plate: 'ABC123',
    concept: `Papeleta ${number} – ${infractionCode}: ${what}`,
    period: number,
    amount,
    dueOn: null,
    papeleta: { infractionCode, imposedOn, notifiedOn: null },
  });
  return [
    ...predial('C-000123', 'María Quispe Huamán', '10117410', 8_750),
    ...arbitrios('C-000123', 'María Quispe Huamán', '10117410', 1_820),
    ...predial('C-000456', 'Comercial Cajamarca S.A.C.', '20607854247', 41_230),
    ...arbitrios('C-000456', 'Comercial Cajamarca S.A.C.', '20607854247', 6_540),
    papeleta(
      `P-${year}-0101`,
      'G58',
      44_000,
      workingDaysBefore(today, 2, calendar),
      'estacionar en lugar prohibido',
    ),
    papeleta(
      `P-${year}-0087`,
      'G28',
      22_000,
      workingDaysBefore(today, 15, calendar),
      'no respetar la señal de pare',
    ),
    papeleta(
      `P-${year}-0044`,
      'M02',
      275_000,
      workingDaysBefore(today, 1, calendar),
      'conducir con presencia de alcohol',
    ),
  ];
}
