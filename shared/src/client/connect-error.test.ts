import { readConnectError } from './connect-error';

function refusal(data: unknown): Error & { data?: unknown } {
  return Object.assign(new Error('refused'), { data });
}

describe('readConnectError', () => {
  it.each(['PROTOCOL_MISMATCH', 'UNAUTHENTICATED', 'FORBIDDEN'] as const)(
    'treats %s as final',
    (code) => {
      expect(readConnectError(refusal({ code, message: 'No.' }))).toEqual({
        error: { code, message: 'No.' },
        terminal: true,
      });
    },
  );

  it('keeps retrying after a temporary refusal such as a rate limit', () => {
    expect(readConnectError(refusal({ code: 'RATE_LIMITED', message: 'Espere.' })).terminal).toBe(
      false,
    );
  });

  it('reads a transport failure (no data, or data of another shape) as retryable and uncoded', () => {
    expect(readConnectError(new Error('websocket error'))).toEqual({
      error: null,
      terminal: false,
    });
    expect(readConnectError(refusal({ code: 'NOPE', message: 1 }))).toEqual({
      error: null,
      terminal: false,
    });
  });
});
