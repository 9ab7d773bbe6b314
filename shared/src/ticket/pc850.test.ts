import iconv from 'iconv-lite';
import { isPc850Printable, PC850_HIGH_HALF } from './pc850';

describe('PC850 table', () => {
  it('matches iconv-lite CP850 for every byte from 0x80 to 0xFF', () => {
    const bytes = Buffer.from(Array.from({ length: 128 }, (_, i) => 0x80 + i));
    expect(PC850_HIGH_HALF).toBe(iconv.decode(bytes, 'cp850'));
  });

  it.each([
    ['ñ', true],
    ['Ñ', true],
    ['á', true],
    ['É', true],
    ['ü', true],
    ['¿', true],
    ['¡', true],
    ['°', true],
    ['A', true],
    [' ', true],
    ['€', false],
    ['–', false],
    ['“', false],
    ['\u202f', false],
    ['\u001b', false],
    ['\u007f', false],
    ['😀', false],
  ])('%j printable: %s', (char, expected) => {
    expect(isPc850Printable(char)).toBe(expected);
  });
});
