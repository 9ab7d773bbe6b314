import { COMMON_MESSAGES_EN } from './common.en';
import { COMMON_MESSAGES_ES } from './common.es';
import { COUNTER_MESSAGES_EN } from './counter.en';
import { COUNTER_MESSAGES_ES } from './counter.es';
import { DISPLAY_MESSAGES_EN } from './display.en';
import { DISPLAY_MESSAGES_ES } from './display.es';
import { KIOSK_MESSAGES_EN } from './kiosk.en';
import { KIOSK_MESSAGES_ES } from './kiosk.es';

const PAIRS = [
  ['common', COMMON_MESSAGES_ES, COMMON_MESSAGES_EN],
  ['kiosk', KIOSK_MESSAGES_ES, KIOSK_MESSAGES_EN],
  ['display', DISPLAY_MESSAGES_ES, DISPLAY_MESSAGES_EN],
  ['counter', COUNTER_MESSAGES_ES, COUNTER_MESSAGES_EN],
] as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)(?:\|[^{}|]*\|[^{}|]*)?\}/g)]
    .map((match) => match[1] ?? '')
    .sort();
}

describe('UI catalogs', () => {
  it.each(PAIRS)(
    '%s: English uses the same placeholders as Spanish for every key',
    (_name, es, en) => {
      const spanish: Readonly<Record<string, string>> = es;
      const english: Readonly<Record<string, string>> = en;
      for (const key of Object.keys(spanish)) {
        expect({ key, placeholders: placeholders(english[key] ?? '') }).toEqual({
          key,
          placeholders: placeholders(spanish[key] ?? ''),
        });
      }
    },
  );

  it('keeps each face inside its own key prefix, so merged catalogs never collide', () => {
    for (const [name, es] of PAIRS) {
      for (const key of Object.keys(es)) expect(key.startsWith(`${name}.`)).toBe(true);
    }
  });
});
