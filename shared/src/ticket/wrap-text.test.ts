import { fitScale, wrapText } from './wrap-text';

describe('wrapText', () => {
  it.each([
    ['Registro Civil', 48, ['Registro Civil']],
    ['Licencias de Funcionamiento', 16, ['Licencias de', 'Funcionamiento']],
    [
      'Conserve este ticket hasta ser atendido.',
      12,
      ['Conserve', 'este ticket', 'hasta ser', 'atendido.'],
    ],
    ['Supercalifragilístico', 8, ['Supercal', 'ifragilí', 'stico']],
    ['', 32, ['']],
  ])('%j at %i columns', (text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
    for (const line of wrapText(text, width)) expect(line.length).toBeLessThanOrEqual(width);
  });
});

describe('fitScale', () => {
  it.each([
    ['R-023', 4, 48, 4],
    ['R-023', 4, 32, 4],
    ['R-12345', 4, 32, 4],
    ['R-123456', 4, 32, 4],
    ['R-1234567', 4, 32, 3],
    ['Funcionamiento', 2, 32, 2],
    ['Supercalifragilístico', 2, 32, 1],
  ])('%j at ×%i on %i columns prints at ×%i', (text, scale, columns, expected) => {
    expect(fitScale(text, scale, columns)).toBe(expected);
  });
});
