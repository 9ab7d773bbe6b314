import { Decoder, Encoder, PacketType } from 'socket.io-parser';
import { PreEncodedEncoder, withPreEncodedJson } from './pre-encoded-parser';

function decode(encoded: unknown[]): unknown {
  const decoder = new Decoder();
  let packet: unknown;
  decoder.on('decoded', (decoded: unknown) => {
    packet = decoded;
  });
  for (const chunk of encoded) decoder.add(chunk as string);
  return packet;
}

describe('PreEncodedEncoder', () => {
  const snapshot = { seq: 7, state: { tickets: { a: { number: 'R-001' } } }, note: 'ñandú "x"' };

  it.each([
    [
      'a namespaced event',
      { type: PacketType.EVENT, nsp: '/display', data: ['sync:snapshot', snapshot] },
    ],
    [
      'an event on the main namespace',
      { type: PacketType.EVENT, nsp: '/', data: ['sync:snapshot', snapshot] },
    ],
    [
      'an event with an ack id',
      { type: PacketType.EVENT, nsp: '/kiosk', id: 12, data: ['sync:snapshot', snapshot] },
    ],
  ])('sends the same packet text as the stock encoder for %s', (_name, packet) => {
    const marked = {
      ...packet,
      data: [packet.data[0], withPreEncodedJson({ ...snapshot }, JSON.stringify(snapshot))],
    };
    const fast = new PreEncodedEncoder().encode(marked);
    expect(fast).toEqual(new Encoder().encode(packet));
    expect(decode(fast)).toMatchObject({
      type: PacketType.EVENT,
      nsp: packet.nsp,
      data: ['sync:snapshot', snapshot],
    });
  });

  it('uses the pre-encoded text instead of the object (so the work is done once)', () => {
    const marked = withPreEncodedJson({ seq: 1 }, '{"seq":2}');
    const [text] = new PreEncodedEncoder().encode({
      type: PacketType.EVENT,
      nsp: '/display',
      data: ['sync:snapshot', marked],
    });
    expect(text).toBe('2/display,["sync:snapshot",{"seq":2}]');
  });

  it('encodes every other packet exactly like the stock encoder', () => {
    const packets = [
      { type: PacketType.EVENT, nsp: '/kiosk', data: ['sync:events', { seq: 3, events: [] }] },
      { type: PacketType.ACK, nsp: '/kiosk', id: 4, data: [{ ok: true, value: 1 }] },
      { type: PacketType.CONNECT, nsp: '/counter', data: { sid: 'abc' } },
    ];
    for (const packet of packets) {
      expect(new PreEncodedEncoder().encode(packet)).toEqual(new Encoder().encode(packet));
    }
  });

  it('keeps the mark out of the object’s own JSON and keys', () => {
    const marked = withPreEncodedJson({ seq: 1 }, '{"seq":1}');
    expect(Object.keys(marked)).toEqual(['seq']);
    expect(JSON.stringify(marked)).toBe('{"seq":1}');
  });
});
