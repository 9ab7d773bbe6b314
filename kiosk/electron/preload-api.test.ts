import { sampleTicketInput } from '@cac/shared/ticket';
import { BRIDGE_CHANNELS } from './bridge-contract';
import { createPreloadBridge } from './preload-api';

function recorder(answer: unknown = { ok: true }) {
  const calls: { channel: string; args: unknown[] }[] = [];
  const invoke = async (channel: string, ...args: unknown[]) => {
    calls.push({ channel, args });
    return answer;
  };
  return { invoke, calls };
}

describe('createPreloadBridge', () => {
  it('exposes only the bridge functions: no ipcRenderer, no invoke, no channel picker', () => {
    const bridge = createPreloadBridge(recorder().invoke);
    expect(Object.keys(bridge).sort()).toEqual(['printTicket', 'settings']);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('sends printTicket on its own channel with the ticket and returns the answer', async () => {
    const { invoke, calls } = recorder({ ok: true, printer: 'memory' });
    const bridge = createPreloadBridge(invoke);
    const input = sampleTicketInput();
    await expect(bridge.printTicket(input)).resolves.toEqual({ ok: true, printer: 'memory' });
    expect(calls).toEqual([{ channel: BRIDGE_CHANNELS.printTicket, args: [input] }]);
  });

  it('asks for the settings on their channel without arguments', async () => {
    const { invoke, calls } = recorder({ hubUrl: 'http://hub' });
    await createPreloadBridge(invoke).settings();
    expect(calls).toEqual([{ channel: BRIDGE_CHANNELS.settings, args: [] }]);
  });
});
