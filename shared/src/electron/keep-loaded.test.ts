import { fakeWebContents } from './fakes';
import { keepLoaded } from './keep-loaded';

const START = 'http://192.168.1.10:4700/display/?key=d1';

function setup(options: { failLoads?: boolean } = {}) {
  const fake = fakeWebContents(options);
  const scheduled: { task: () => void; ms: number }[] = [];
  const logs: string[] = [];
  keepLoaded(fake.contents, START, {
    schedule: (task, ms) => scheduled.push({ task, ms }),
    log: (m) => logs.push(m),
    retryDelayMs: 5000,
    crashReloadDelayMs: 500,
  });
  return { ...fake, scheduled, logs };
}

describe('keepLoaded', () => {
  it('opens the start page at once', () => {
    const { state, scheduled } = setup();
    expect(state.loads).toEqual([START]);
    expect(scheduled).toHaveLength(0);
  });

  it('tries the page again while the hub cannot be reached, without piling up retries', async () => {
    const { state, emit, scheduled, logs } = setup({ failLoads: true });
    // Electron reports one failure twice: the rejected loadURL promise and did-fail-load.
    await Promise.resolve();
    emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', START, true);
    emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', START, true);
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.ms).toBe(5000);
    expect(logs[0]).toContain('ERR_CONNECTION_REFUSED');

    scheduled[0]?.task();
    expect(state.loads).toEqual([START, START]);
    emit('did-fail-load', {}, -105, 'ERR_NAME_NOT_RESOLVED', START, true);
    expect(scheduled).toHaveLength(2);
    scheduled[1]?.task();
    expect(state.loads).toHaveLength(3);
  });

  it('ignores failures of sub-frames and loads that were cancelled on purpose', () => {
    const { emit, scheduled } = setup();
    emit('did-fail-load', {}, -102, 'ERR_CONNECTION_REFUSED', 'http://ads.example/', false);
    emit('did-fail-load', {}, -3, 'ERR_ABORTED', START, true);
    expect(scheduled).toHaveLength(0);
  });

  it('opens the start page again after the renderer crashed, but not after a clean exit', () => {
    const { emit, scheduled, state, logs } = setup();
    emit('render-process-gone', {}, { reason: 'clean-exit' });
    expect(scheduled).toHaveLength(0);

    emit('render-process-gone', {}, { reason: 'crashed' });
    expect(scheduled).toHaveLength(1);
    expect(scheduled[0]?.ms).toBe(500);
    expect(state.loads).toHaveLength(1);
    scheduled[0]?.task();
    expect(state.loads).toEqual([START, START]);
    expect(logs.some((m) => m.includes('crashed'))).toBe(true);
  });

  it('does nothing for contents destroyed before the delay ran out', () => {
    const { emit, scheduled, state } = setup();
    emit('render-process-gone', {}, { reason: 'oom' });
    state.destroyed = true;
    scheduled[0]?.task();
    expect(state.loads).toHaveLength(1);
  });

  it('uses a timer by default', () => {
    vi.useFakeTimers();
    try {
      const fake = fakeWebContents();
      keepLoaded(fake.contents, START);
      fake.emit('render-process-gone', {}, { reason: 'killed' });
      vi.advanceTimersByTime(999);
      expect(fake.state.loads).toHaveLength(1);
      vi.advanceTimersByTime(1);
      expect(fake.state.loads).toHaveLength(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
