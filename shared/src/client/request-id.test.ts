import { RequestIdSchema } from '../protocol';
import { newRequestId } from './request-id';

describe('newRequestId', () => {
  it('makes ids the hub accepts, different every time', () => {
    const first = newRequestId();
    expect(RequestIdSchema.safeParse(first).success).toBe(true);
    expect(newRequestId()).not.toBe(first);
  });

  it('works where randomUUID is missing (plain http on the office LAN is not a secure context)', () => {
    const original = Object.getOwnPropertyDescriptor(crypto, 'randomUUID');
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const id = newRequestId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(RequestIdSchema.safeParse(id).success).toBe(true);
    } finally {
      if (original) Object.defineProperty(crypto, 'randomUUID', original);
      else Reflect.deleteProperty(crypto, 'randomUUID');
    }
  });
});
