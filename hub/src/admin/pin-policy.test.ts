import { pinProblem } from './pin-policy';
import { redactSecrets } from './redact-secrets';

describe('pinProblem', () => {
  it('refuses the published demo PIN only outside the demo office', () => {
    expect(pinProblem('1234', true)).toBeUndefined();
    expect(pinProblem('1234', false)).toMatchObject({
      code: 'INVALID_PAYLOAD',
      message: expect.stringContaining('El PIN 1234 es el de demostración'),
    });
    expect(pinProblem('4826', false)).toBeUndefined();
  });
});

describe('redactSecrets', () => {
  it('replaces every PIN and key hash, however deep, and leaves the rest', () => {
    expect(
      redactSecrets([{ id: 'a', pinHash: 'scrypt$x', zone: { keyHash: 'sha256$y', n: 1 } }]),
    ).toEqual([{ id: 'a', pinHash: '(cambiado)', zone: { keyHash: '(cambiado)', n: 1 } }]);
    expect(redactSecrets(null)).toBeNull();
  });
});
