import { counterTranslator } from '../counter-text';
import {
  checkAmount,
  checkArea,
  checkDni,
  checkDniOrRuc,
  checkFolios,
  checkOptionalDate,
  checkPersonDocument,
  checkPlate,
  checkRequiredText,
  checkRuc,
  civilDateText,
} from './field-validation';
import type { FieldCheck } from './field-validation';

const es = { t: counterTranslator('es'), language: 'es' as const };
const en = { t: counterTranslator('en'), language: 'en' as const };

function message<T>(check: FieldCheck<T>): string {
  if (check.ok) throw new Error(`expected a problem, got ${String(check.value)}`);
  return check.message;
}

describe('field checks of the procedure panels', () => {
  it('accepts a DNI with or without its check character, in digit or letter form', () => {
    expect(checkDni('10117410', es)).toEqual({ ok: true, value: '10117410' });
    expect(checkDni(' 10117410-2 ', es)).toEqual({ ok: true, value: '10117410' });
    expect(checkDni('10117410-g', es)).toEqual({ ok: true, value: '10117410' });
    expect(checkDni('06009893-J', es)).toEqual({ ok: true, value: '06009893' });
  });

  it('names a wrong check character and a malformed DNI in Spanish', () => {
    expect(message(checkDni('10117410-3', es))).toBe(
      'El dígito de verificación no corresponde a este DNI. Revise el número y el carácter que va después del guion.',
    );
    expect(message(checkDni('1011741', es))).toMatch(/^El DNI debe tener 8 dígitos/);
    expect(message(checkDni('', es))).toBe('Este dato es obligatorio.');
    expect(message(checkDni('1011741', en))).toMatch(/8 digits/);
  });

  it('checks a RUC by its prefix and its mod-11 digit', () => {
    expect(checkRuc('20512333797', es)).toEqual({ ok: true, value: '20512333797' });
    expect(message(checkRuc('20512333798', es))).toMatch(
      /^El último dígito del RUC no corresponde a los anteriores/,
    );
    expect(message(checkRuc('99512333792', es))).toBe(
      'El RUC debe empezar con 10, 15, 16, 17 o 20.',
    );
    expect(message(checkRuc('2051233379', es))).toBe('El RUC debe tener 11 dígitos.');
  });

  it('warns about a Carné de Extranjería of unusual length without refusing it', () => {
    expect(checkPersonDocument('ce', '001234567', es)).toEqual({ ok: true, value: '001234567' });
    expect(checkPersonDocument('ce', 'ab1234', es)).toEqual({
      ok: true,
      value: 'AB1234',
      warning:
        'El carné de extranjería suele tener 9 dígitos. Revise que el número esté bien copiado.',
    });
    expect(message(checkPersonDocument('ce', '12 34', es))).toMatch(
      /^El carné de extranjería debe/,
    );
    expect(checkPersonDocument('pasaporte', 'ab12345', es)).toEqual({ ok: true, value: 'AB12345' });
    expect(message(checkPersonDocument('pasaporte', 'a1', es))).toMatch(/^El pasaporte/);
  });

  it('reads dates as DD/MM/AAAA and names an impossible or future one', () => {
    expect(checkOptionalDate('', es)).toEqual({ ok: true, value: null });
    expect(checkOptionalDate('5/3/1990', es)).toEqual({ ok: true, value: '1990-03-05' });
    expect(checkOptionalDate('1990-03-05', es)).toEqual({ ok: true, value: '1990-03-05' });
    expect(checkOptionalDate('29/02/2024', es)).toEqual({ ok: true, value: '2024-02-29' });
    expect(message(checkOptionalDate('30/02/2020', es))).toBe(
      'La fecha 30/02/2020 no existe en el calendario. Revise el día y el mes.',
    );
    expect(message(checkOptionalDate('marzo 1990', es))).toBe(
      'Escriba la fecha como DD/MM/AAAA, por ejemplo 05/03/1990.',
    );
    expect(message(checkOptionalDate('01/01/2027', es, '2026-11-24'))).toBe(
      'La fecha no puede ser posterior a hoy (24/11/2026).',
    );
    expect(checkOptionalDate('24/11/2026', es, '2026-11-24').ok).toBe(true);
    expect(civilDateText('2026-03-05')).toBe('05/03/2026');
  });

  it('reads amounts with the domain, refusing a decimal comma with the money sentence', () => {
    expect(checkAmount('S/ 1,263.20', es)).toEqual({ ok: true, value: 126_320 });
    expect(checkAmount('50', es)).toEqual({ ok: true, value: 5_000 });
    expect(message(checkAmount('11,50', es))).toBe(
      'El monto no es válido. Escríbalo con punto para los céntimos, por ejemplo 11.50 o 1,263.20.',
    );
    expect(message(checkAmount('', es))).toBe('Escriba el monto.');
  });

  it('reads areas and folios', () => {
    expect(checkArea('45.5', es)).toEqual({ ok: true, value: 45.5 });
    expect(message(checkArea('45,50', es))).toBe(
      'Use punto para los decimales del área, no coma: por ejemplo 45.50.',
    );
    expect(message(checkArea('0', es))).toBe('El área debe ser mayor que cero.');
    expect(message(checkArea('grande', es))).toMatch(/^Escriba el área/);
    expect(checkFolios('12', es)).toEqual({ ok: true, value: 12 });
    expect(message(checkFolios('2.5', es))).toMatch(/sin decimales/);
    expect(message(checkFolios('0', es))).toBe('El número de folios va de 1 a 9999.');
  });

  it('reads the lookup keys of the tax ledger', () => {
    expect(checkPlate('abc-123', es)).toEqual({ ok: true, value: 'ABC123' });
    expect(checkPlate('1234-ab', es)).toEqual({ ok: true, value: '1234AB' });
    expect(message(checkPlate('AB-1', es))).toMatch(/^La placa tiene de 5 a 7/);
    expect(checkDniOrRuc('10117410', es)).toEqual({ ok: true, value: '10117410' });
    expect(checkDniOrRuc('20512333797', es)).toEqual({ ok: true, value: '20512333797' });
    expect(message(checkDniOrRuc('20512333798', es))).toMatch(/último dígito del RUC/);
    expect(message(checkDniOrRuc('12345', es))).toBe(
      'Escriba un DNI (8 dígitos) o un RUC (11 dígitos).',
    );
  });

  it('trims required texts and bounds their length', () => {
    expect(checkRequiredText('  Bodega Rosita ', 80, es)).toEqual({
      ok: true,
      value: 'Bodega Rosita',
    });
    expect(message(checkRequiredText('   ', 80, es))).toBe('Este dato es obligatorio.');
    expect(message(checkRequiredText('abcdef', 5, es))).toBe('Escriba como máximo 5 caracteres.');
  });
});
