import { fakeEvent, fakeWebContents } from './fakes';
import { hardenWebContents } from './hardening';

const HUB = 'http://192.168.1.10:4700';

function setup() {
  const fake = fakeWebContents();
  const logs: string[] = [];
  hardenWebContents(fake.contents, `${HUB}/counter/`, { log: (m) => logs.push(m) });
  return { ...fake, logs };
}

describe('hardenWebContents', () => {
  it('lets the page navigate within the hub and cancels navigation elsewhere', () => {
    const { emit, logs } = setup();
    const inside = fakeEvent();
    emit('will-navigate', inside, `${HUB}/counter/?lang=en`);
    expect(inside.prevented).toBe(false);

    for (const url of ['http://evil.example/', 'file:///C:/Windows/', 'javascript:alert(1)']) {
      const outside = fakeEvent();
      emit('will-navigate', outside, url);
      expect(outside.prevented).toBe(true);
    }
    expect(logs.filter((m) => m.startsWith('Navegación bloqueada'))).toHaveLength(3);
  });

  it('cancels redirects away from the hub and lets redirects within it through', () => {
    const { emit } = setup();
    const away = fakeEvent();
    emit('will-redirect', away, 'http://captive.portal/login');
    expect(away.prevented).toBe(true);
    const within = fakeEvent();
    emit('will-redirect', within, `${HUB}/counter/index.html`);
    expect(within.prevented).toBe(false);
  });

  it('denies every new window, even one on the hub', () => {
    const { openWindow, logs } = setup();
    expect(openWindow('http://evil.example/')).toEqual({ action: 'deny' });
    expect(openWindow(`${HUB}/counter/`)).toEqual({ action: 'deny' });
    expect(logs.filter((m) => m.startsWith('Ventana nueva bloqueada'))).toHaveLength(2);
  });

  it('refuses <webview> tags', () => {
    const { emit } = setup();
    const event = fakeEvent();
    emit('will-attach-webview', event);
    expect(event.prevented).toBe(true);
  });

  it('leaves the keyboard, zoom and crashes to the other modules', () => {
    const { listenerCount, state } = setup();
    expect(listenerCount('before-input-event')).toBe(0);
    expect(listenerCount('zoom-changed')).toBe(0);
    expect(listenerCount('render-process-gone')).toBe(0);
    expect(state.zoomLimits).toEqual([]);
  });
});
