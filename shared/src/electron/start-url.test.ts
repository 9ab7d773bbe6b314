import { shellStartUrl } from './start-url';

describe('shellStartUrl', () => {
  it('opens the page on the hub with its parameters, encoded', () => {
    expect(
      shellStartUrl('http://192.168.1.10:4700/', '/display/', { key: 'k 1', zone: 'piso-2' }),
    ).toBe('http://192.168.1.10:4700/display/?key=k+1&zone=piso-2');
  });

  it('leaves out empty parameters and ignores a path in the hub URL', () => {
    expect(shellStartUrl('https://cac.muni.gob.pe/otro/', '/counter/', { key: '' })).toBe(
      'https://cac.muni.gob.pe/counter/',
    );
  });
});
