import { counterTranslator } from '../counter-text';
import { PROCEDURE_MESSAGES_EN } from './procedure-messages.en';
import type { ProcedureMessageKey } from './procedure-messages.es';
import { PROCEDURE_MESSAGES_ES } from './procedure-messages.es';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '').sort();

describe('the procedure panels’ catalog', () => {
  it('says the same things in English, with the same placeholders', () => {
    const keys = Object.keys(PROCEDURE_MESSAGES_ES) as ProcedureMessageKey[];
    expect(Object.keys(PROCEDURE_MESSAGES_EN).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, placeholders(PROCEDURE_MESSAGES_EN[key])]).toEqual([
        key,
        placeholders(PROCEDURE_MESSAGES_ES[key]),
      ]);
    }
  });

  it('agrees the number with its noun', () => {
    expect(counterTranslator('es')('proc.timeLimit', { days: 1 })).toBe('Plazo legal: 1 día hábil');
    expect(counterTranslator('en')('proc.tax.selected', { count: 2 })).toBe('2 debts selected');
  });
});
