import { parseStatusReply, STATUS_QUERY, statusProblem } from './escpos-status';

describe('printer status (DLE EOT 1, 2, 4)', () => {
  it('asks the printer, the offline cause and the paper sensor', () => {
    expect([...STATUS_QUERY]).toEqual([0x10, 0x04, 0x01, 0x10, 0x04, 0x02, 0x10, 0x04, 0x04]);
  });

  // Rows: the three answer bytes, what they mean, and the code that stops the print.
  it.each([
    [
      [0x12, 0x12, 0x12],
      { online: true, coverOpen: false, paperOut: false, paperNearEnd: false, error: false },
      null,
    ],
    [
      [0x12, 0x12, 0x1e],
      { online: true, coverOpen: false, paperOut: false, paperNearEnd: true, error: false },
      null,
    ],
    [
      [0x1a, 0x32, 0x72],
      { online: false, coverOpen: false, paperOut: true, paperNearEnd: false, error: false },
      'PRINTER_NO_PAPER',
    ],
    [
      [0x12, 0x12, 0x72],
      { online: true, coverOpen: false, paperOut: true, paperNearEnd: false, error: false },
      'PRINTER_NO_PAPER',
    ],
    [
      [0x1a, 0x16, 0x12],
      { online: false, coverOpen: true, paperOut: false, paperNearEnd: false, error: false },
      'PRINTER_COVER_OPEN',
    ],
    [
      [0x1a, 0x52, 0x12],
      { online: false, coverOpen: false, paperOut: false, paperNearEnd: false, error: true },
      'PRINTER_ERROR',
    ],
    [
      [0x1a, 0x12, 0x12],
      { online: false, coverOpen: false, paperOut: false, paperNearEnd: false, error: false },
      'PRINTER_OFFLINE',
    ],
  ] as const)('%j → %j → %s', (reply, status, problem) => {
    const parsed = parseStatusReply(Uint8Array.from(reply));
    expect(parsed).toEqual(status);
    expect(parsed && statusProblem(parsed)).toBe(problem);
  });

  it.each([[[0x00, 0x12, 0x12]], [[0x12, 0x12, 0x93]], [[0x41, 0x42, 0x43]], [[0x12, 0x12]]])(
    'is not fooled by bytes that are not a status answer: %j',
    (reply) => {
      expect(parseStatusReply(Uint8Array.from(reply))).toBeNull();
    },
  );
});
