import { fakeEvent, fakeWebContents, key } from './fakes';
import { isBlockedShortcut, lockKioskInput } from './kiosk-input';

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

describe('lockKioskInput', () => {
  it('swallows escaping shortcuts and lets ordinary keys through', () => {
    const { contents, emit } = fakeWebContents();
    lockKioskInput(contents);
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
    const { contents, emit, state } = fakeWebContents();
    lockKioskInput(contents);
    expect(state.zoomLimits).toEqual([1, 1]);
    state.zoomLevel = 2;
    const event = fakeEvent();
    emit('zoom-changed', event);
    expect(event.prevented).toBe(true);
    expect(state.zoomLevel).toBe(0);
  });
});
