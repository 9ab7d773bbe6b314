import { SUPERVISOR_MESSAGES_EN, SUPERVISOR_MESSAGES_ES } from './messages';
import type { SupervisorMessageKey } from './messages';
import { counterTranslator } from '../counter-text';

const placeholders = (template: string): string[] =>
  [...template.matchAll(/\{(\w+)/g)].map((match) => match[1] ?? '').sort();

describe('supervisor catalog', () => {
  it('says the same things in English, with the same placeholders', () => {
    const keys = Object.keys(SUPERVISOR_MESSAGES_ES) as SupervisorMessageKey[];
    expect(Object.keys(SUPERVISOR_MESSAGES_EN).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect([key, placeholders(SUPERVISOR_MESSAGES_EN[key])]).toEqual([
        key,
        placeholders(SUPERVISOR_MESSAGES_ES[key]),
      ]);
    }
  });

  it('agrees the number with its noun', () => {
    const t = counterTranslator('es');
    expect(t('supervisor.printer.failedInRow', { count: 1 })).toBe('1 ticket sin imprimir');
    expect(t('supervisor.waiting.count', { count: 3 })).toBe('3 tickets en espera');
    expect(counterTranslator('en')('supervisor.waiting.count', { count: 1 })).toBe(
      '1 waiting ticket',
    );
  });
});
