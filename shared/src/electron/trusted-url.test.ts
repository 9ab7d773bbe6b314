import { isTrustedUrl } from './trusted-url';

const HUB = 'http://192.168.1.10:4700';

describe('isTrustedUrl', () => {
  it.each([
    ['http://192.168.1.10:4700/kiosk/', true],
    ['http://192.168.1.10:4700/display/?key=abc#top', true],
    ['http://192.168.1.10:4700', true],
    ['https://192.168.1.10:4700/kiosk/', false],
    ['http://192.168.1.10:4701/kiosk/', false],
    ['http://192.168.1.11:4700/kiosk/', false],
    ['http://evil.example/', false],
    ['http://192.168.1.10:4700@evil.example/', false],
    ['http://hub@192.168.1.10:4700/kiosk/', false],
    ['http://user:pass@192.168.1.10:4700/', false],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['data:text/html,<h1>x</h1>', false],
    ['chrome://gpu', false],
    ['devtools://devtools/bundled/inspector.html', false],
    ['not a url', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isTrustedUrl(url, HUB)).toBe(expected);
  });

  it('compares origins, not strings (default port, path of the configured hub URL)', () => {
    expect(isTrustedUrl('https://hub.muni.gob.pe/kiosk/', 'https://hub.muni.gob.pe:443/x/')).toBe(
      true,
    );
    expect(isTrustedUrl('http://HUB.muni.gob.pe/kiosk/', 'http://hub.muni.gob.pe')).toBe(true);
  });

  it('refuses everything when the allowed origin itself is not a URL', () => {
    expect(isTrustedUrl('http://192.168.1.10:4700/', 'nonsense')).toBe(false);
  });
});
