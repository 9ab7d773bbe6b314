import type { PowerSaveBlockerLike } from './keep-awake';
import { keepDisplayAwake } from './keep-awake';

function fakeBlocker(started: boolean) {
  const types: string[] = [];
  const blocker: PowerSaveBlockerLike = {
    start: (type) => {
      types.push(type);
      return 7;
    },
    isStarted: (id) => started && id === 7,
  };
  return { blocker, types };
}

describe('keepDisplayAwake', () => {
  it('keeps the display itself awake, not only the system', () => {
    const { blocker, types } = fakeBlocker(true);
    const logs: string[] = [];
    expect(keepDisplayAwake(blocker, (m) => logs.push(m))).toBe(7);
    expect(types).toEqual(['prevent-display-sleep']);
    expect(logs).toEqual([]);
  });

  it('says so when the operating system did not accept the blocker', () => {
    const { blocker } = fakeBlocker(false);
    const logs: string[] = [];
    keepDisplayAwake(blocker, (m) => logs.push(m));
    expect(logs).toHaveLength(1);
    expect(logs[0]).toContain('plan de energía');
  });
});
