// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import type { CallRecord } from '@cac/shared/domain';
import { WHOLE_OFFICE } from '../zone';
import { callKey, visibleCalls } from './visible-calls';

function call(number: string, windowId: string, callCount = 1): CallRecord {
  const [prefix = ''] = number.split('-');
  return {
    ticketId: `t-${number}`,
    number,
    serviceId: prefix === 'T' ? 'tributos' : 'registro-civil',
    category: 'none',
    windowId,
    at: 0,
    callCount,
  };
}

describe('visibleCalls', () => {
  it('keeps the newest call of each ticket, newest first', () => {
    const calls = [
      call('R-001', 'ventanilla-1', 2),
      call('T-001', 'ventanilla-2'),
      call('R-001', 'ventanilla-1', 1),
      call('R-002', 'ventanilla-1'),
    ];
    expect(visibleCalls(calls, WHOLE_OFFICE).map(callKey)).toEqual([
      't-R-001#2',
      't-T-001#1',
      't-R-002#1',
    ]);
  });

  it('keeps only the calls of the zone', () => {
    const calls = [call('R-003', 'ventanilla-1'), call('T-001', 'ventanilla-2')];
    const zone = { serviceIds: new Set(['tributos']), windowIds: null };
    expect(visibleCalls(calls, zone).map((c) => c.number)).toEqual(['T-001']);
  });
});
