// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import { spanishNumberWords, ticketNumberWords } from '@cac/shared/domain';
import { numberUnits, recallUnit, ticketUnits, windowUnits } from './spoken-units';

describe('numberUnits', () => {
  it.each([
    [1, ['uno']],
    [23, ['veintitrés']],
    [45, ['cuarenta y cinco']],
    [100, ['cien']],
    [101, ['ciento', 'uno']],
    [200, ['doscientos']],
    [999, ['novecientos', 'noventa y nueve']],
    [1000, ['mil']],
    [1100, ['mil', 'cien']],
    [2023, ['dos', 'mil', 'veintitrés']],
    [9999, ['nueve', 'mil', 'novecientos', 'noventa y nueve']],
    [10000, ['uno', 'cero', 'cero', 'cero', 'cero']],
  ])('%i → %j', (n, units) => {
    expect(numberUnits(n)).toEqual(units);
  });

  it('says every number from 1 to 9999 with exactly the words of spanishNumberWords', () => {
    for (let n = 1; n <= 9999; n += 1) {
      expect(numberUnits(n).join(' ')).toBe(spanishNumberWords(n));
    }
  });

  it.each([0, -3, 1.5])('refuses %s', (n) => {
    expect(() => numberUnits(n)).toThrow(RangeError);
  });
});

describe('ticketUnits', () => {
  it.each([
    ['R-023', ['erre', 'veintitrés']],
    ['R-001', ['erre', 'uno']],
    ['W-1000', ['uve doble', 'mil']],
    ['RC-1234', ['erre', 'ce', 'mil', 'doscientos', 'treinta y cuatro']],
    ['Ñ-005', ['eñe', 'cinco']],
  ])('%s → %j', (number, units) => {
    expect(ticketUnits(number)).toEqual(units);
  });

  it('says the same words as ticketNumberWords', () => {
    for (const number of ['R-023', 'L-100', 'T-1000', 'O-005', 'RC-1001', 'R-10000', 'M-9999']) {
      expect(ticketUnits(number)?.join(' ')).toBe(ticketNumberWords(number));
    }
  });

  it.each(['', 'R023', 'R-000', 'hola'])('has no units for "%s"', (text) => {
    expect(ticketUnits(text)).toBeNull();
  });
});

describe('windowUnits', () => {
  it.each([
    ['Ventanilla 3', ['ventanilla', 'tres']],
    ['Ventanilla 21', ['ventanilla', 'veintiuno']],
    ['Módulo B', ['módulo', 'be']],
    ['Caja N° 12', ['caja', 'doce']],
    ['Caja Nº 1', ['caja', 'uno']],
    ['Ventanilla3', ['ventanilla', 'tres']],
    ['Mesa de partes', ['mesa', 'de', 'partes']],
    ['Ventanilla 0', ['ventanilla', 'cero']],
  ])('%s → %j', (name, units) => {
    expect(windowUnits(name)).toEqual(units);
  });
});

describe('recallUnit', () => {
  it.each([
    [1, null],
    [2, 'segundo llamado'],
    [3, 'tercer llamado'],
    [5, 'quinto llamado'],
    [6, 'nuevo llamado'],
  ])('call %i → %s', (count, unit) => {
    expect(recallUnit(count)).toBe(unit);
  });
});
