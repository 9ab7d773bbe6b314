import { commonEn } from './common.en';
import { commonEs } from './common.es';
import { counterEn } from './counter.en';
import { counterEs } from './counter.es';
import { displayEn } from './display.en';
import { displayEs } from './display.es';
import { kioskEn } from './kiosk.en';
import { kioskEs } from './kiosk.es';

const PAIRS = [
  ['common', commonEs, commonEn],
  ['kiosk', kioskEs, kioskEn],
  ['display', displayEs, displayEn],
  ['counter', counterEs, counterEn],
] as const;

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? '').sort();
}

describe('UI catalogs', () => {
  it.each(PAIRS)('%s: English uses the same placeholders as Spanish for every key', (_name, es, en) => {
    const spanish: Readonly<Record<string, string>> = es;
    const english: Readonly<Record<string, string>> = en;
    for (const key of Object.keys(spanish)) {
      expect({ key, placeholders: placeholders(english[key] ?? '') }).toEqual({
        key,
        placeholders: placeholders(spanish[key] ?? ''),
      });
    }
  });

  it('keeps each face inside its own key prefix, so merged catalogs never collide', () => {
    for (const [name, es] of PAIRS) {
      for (const key of Object.keys(es)) expect(key.startsWith(`${name}.`)).toBe(true);
    }
  });
});
