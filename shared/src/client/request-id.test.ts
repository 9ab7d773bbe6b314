import { RequestIdSchema } from '../protocol';
import { newRequestId } from './request-id';

describe('newRequestId', () => {
  it('makes ids the hub accepts, different every time', () => {
    const first = newRequestId();
    expect(RequestIdSchema.safeParse(first).success).toBe(true);
    expect(newRequestId()).not.toBe(first);
  });

  it('works where randomUUID is missing (plain http on the office LAN is not a secure context)', () => {
    const spy = vi.spyOn(crypto, 'randomUUID').mockImplementation(undefined as never);
    Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
    try {
      const id = newRequestId();
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(RequestIdSchema.safeParse(id).success).toBe(true);
    } finally {
      spy.mockRestore();
    }
  });
});
