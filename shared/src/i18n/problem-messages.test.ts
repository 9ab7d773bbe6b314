import { validateCarneExtranjeria } from '../domain/identity/carne-extranjeria';
import { validateDni } from '../domain/identity/dni';
import { validateRuc } from '../domain/identity/ruc';
import { parseSoles } from '../domain/money/money';
import { DEFAULT_UIT_TABLE, feeFromUitPercent } from '../domain/money/uit';
import { identityProblemMessage, moneyProblemMessage } from './problem-messages';

describe('identityProblemMessage', () => {
  it.each([
    ['DNI_FORMAT', 'es', /^El DNI debe tener 8 dígitos/],
    ['DNI_CHECK_MISMATCH', 'es', /^El dígito de verificación no corresponde a este DNI\./],
    ['RUC_FORMAT', 'es', /^El RUC debe tener 11 dígitos\.$/],
    ['RUC_PREFIX', 'en', /^A RUC starts with 10, 15, 16, 17 or 20\.$/],
    ['CE_UNUSUAL_LENGTH', 'es', /suele tener 9 dígitos/],
  ] as const)('%s in %s', (problem, lang, text) => {
    expect(identityProblemMessage(problem, lang)).toMatch(text);
  });

  it('explains what the validators report, in Spanish by default', () => {
    const dni = validateDni('10117410-3');
    const ruc = validateRuc('99512333792');
    const ce = validateCarneExtranjeria('AB1234');
    expect(dni.valid || identityProblemMessage(dni.problem)).toMatch(/dígito de verificación/);
    expect(ruc.valid || identityProblemMessage(ruc.problem)).toMatch(/empezar con 10/);
    expect(ce.valid && ce.warning && identityProblemMessage(ce.warning)).toMatch(/9 dígitos/);
  });
});

describe('moneyProblemMessage', () => {
  it('names the UIT year that is missing', () => {
    const fee = feeFromUitPercent(4.68, 2027, DEFAULT_UIT_TABLE);
    expect(fee.ok).toBe(false);
    if (fee.ok) return;
    expect(moneyProblemMessage(fee.error)).toBe(
      'Falta el valor de la UIT del año 2027. Pida a un administrador que lo registre en la configuración.',
    );
    expect(moneyProblemMessage(fee.error, 'en')).toMatch(/for 2027 is missing/);
  });

  it.each([
    ['11,50', /con punto para los céntimos/],
    ['-5', /no puede ser negativo/],
    ['11.505', /como máximo 2 decimales/],
    ['', /^Escriba el monto\.$/],
  ])('explains why "%s" is not an amount', (text, sentence) => {
    const parsed = parseSoles(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(moneyProblemMessage(parsed.error)).toMatch(sentence);
  });
});
