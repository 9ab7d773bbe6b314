import { fakeEvent, fakeWebContents, key } from './fakes';
import { hardenWebContents, isBlockedShortcut, isTrustedUrl } from './hardening';

const HUB = 'http://192.168.1.10:4700';

describe('isTrustedUrl', () => {
  it.each([
    ['http://192.168.1.10:4700/kiosk/', true],
    ['http://192.168.1.10:4700/kiosk/?key=abc#top', true],
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

describe('isBlockedShortcut', () => {
  it.each([
    ['F5', key('F5')],
    ['F11', key('F11')],
    ['F12', key('F12')],
    ['Ctrl+R', key('r', { control: true })],
    ['Cmd+R', key('r', { meta: true })],
    ['Ctrl+Shift+R', key('R', { control: true, shift: true })],
    ['Ctrl+Shift+I', key('I', { control: true, shift: true })],
    ['Cmd+Alt+I', key('i', { meta: true, alt: true })],
    ['Ctrl+Shift+J', key('J', { control: true, shift: true })],
    ['Ctrl++', key('+', { control: true, shift: true })],
    ['Ctrl+=', key('=', { control: true })],
    ['Ctrl+-', key('-', { control: true })],
    ['Ctrl+0', key('0', { control: true })],
    ['Ctrl+W', key('w', { control: true })],
    ['Ctrl+P', key('p', { control: true })],
    ['Alt+Left', key('ArrowLeft', { alt: true })],
  ])('blocks %s', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(true);
  });

  it.each([
    ['r', key('r')],
    ['R', key('R', { shift: true })],
    ['0', key('0')],
    ['Enter', key('Enter')],
    ['Tab', key('Tab')],
    ['ArrowLeft', key('ArrowLeft')],
    ['Ctrl+C', key('c', { control: true })],
    ['Shift+I', key('I', { shift: true })],
  ])('lets %s through', (_name, input) => {
    expect(isBlockedShortcut(input)).toBe(false);
  });
});

describe('hardenWebContents', () => {
  function setup() {
    const fake = fakeWebContents();
    const scheduled: { task: () => void; ms: number }[] = [];
    const logs: string[] = [];
    hardenWebContents(fake.contents, `${HUB}/kiosk/`, {
      schedule: (task, ms) => scheduled.push({ task, ms }),
      log: (m) => logs.push(m),
      reloadDelayMs: 500,
    });
    return { ...fake, scheduled, logs };
  }

  it('lets the kiosk navigate within the hub and cancels navigation elsewhere', () => {
    const { emit, logs } = setup();
    const inside = fakeEvent();
    emit('will-navigate', inside, `${HUB}/kiosk/?lang=en`);
    expect(inside.prevented).toBe(false);

    for (const url of ['http://evil.example/', 'file:///C:/Windows/', 'javascript:alert(1)']) {
      const outside = fakeEvent();
      emit('will-navigate', outside, url);
      expect(outside.prevented).toBe(true);
    }
    expect(logs.filter((m) => m.startsWith('Navegación bloqueada'))).toHaveLength(3);
  });

  it('cancels redirects away from the hub', () => {
    const { emit } = setup();
    const event = fakeEvent();
    emit('will-redirect', event, 'http://captive.portal/login');
    expect(event.prevented).toBe(true);
  });

  it('denies every new window, even one on the hub', () => {
    const { openWindow } = setup();
    expect(openWindow('http://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow(`${HUB}/kiosk/`)).toEqual({ action: 'deny' });
  });

  it('refuses <webview> tags', () => {
    const { emit } = setup();
    const event = fakeEvent();
    emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });

  it('swallows escaping shortcuts and lets ordinary keys through', () => {
    const { emit } = setup();
    const reload = fakeEvent();
    emit('before-input-event', reload, key('r', { control: true }));
    expect(reload.prevented).toBe(true);
    const devtools = fakeEvent();
    emit('before-input-event', devtools, key('F12'));
    expect(devtools.prevented).toBe(true);
    const enter = fakeEvent();
    emit('before-input-event', enter, key('Enter'));
    expect(enter.prevented).toBe(false);
  });

  it('forbids pinch zoom and undoes Ctrl+wheel zoom', () => {
    const { emit, state } = setup();
    expect(state.zoomLimits).toEqual([1, 1]);
    state.zoomLevel = 2;
    const event = fakeEvent();
    emit('zoom-changed', event);
    expect(event.prevented).toBe(true);
    expect(state.zoomLevel).toBe(0);
  });

  it('reloads a crashed renderer after the delay, but not after a clean exit', () => {
    const { emit, scheduled, state, logs } = setup();
    emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(scheduled).toHaveLength(0);

    emit('render-process-gone', {}, { reason: 'crashed' });
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.ms).toBe(500);
    expect(state.reloads).toBe(0);
    scheduled[0]?.task();
    expect(state.reloads).toBe(1);
    expect(logs.some((m) => m.includes('crashed'))).toBe(true);
  });

  it('does not reload contents destroyed before the delay ran out', () => {
    const { emit, scheduled, state } = setup();
    emit('render-process-gone', {}, { reason: 'oom' });
    state.destroyed = true;
    scheduled[0]?.task();
    expect(state.reloads).toBe(0);
  });
});
