// A .tsx file although it has no JSX: the `ui` test project collects display tests as *.test.tsx.
import type { CallRecord } from '@cac/shared/domain';
import { callAnnouncement } from './call-announcement';

function call(number: string, callCount = 1): CallRecord {
  return {
    ticketId: `id-${number}`,
    number,
    serviceId: 'registro-civil',
    category: 'none',
    windowId: 'ventanilla-3',
    at: 1000,
    callCount,
  };
}

/** The words of a text, without capitals or punctuation. */
const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[.,]/g, '')
    .split(/\s+/)
    .filter((word) => word !== '');

describe('callAnnouncement', () => {
  it('says the letter, the number in words and the window', () => {
    const announcement = callAnnouncement(call('R-023'), 'Ventanilla 3');
    expect(announcement.text).toBe('Turno erre veintitrés, ventanilla tres.');
    expect(announcement.key).toBe('id-R-023#1');
    expect(announcement.at).toBe(1000);
    expect(announcement.parts).toEqual([
      { units: ['turno', 'erre', 'veintitrés'], pauseAfterMs: 300 },
      { units: ['ventanilla', 'tres'], pauseAfterMs: 0 },
    ]);
  });

  it('starts a recall with "Segundo llamado" and is a different announcement', () => {
    const first = callAnnouncement(call('L-100'), 'Ventanilla 4');
    const recall = callAnnouncement(call('L-100', 2), 'Ventanilla 4');
    expect(recall.text).toBe('Segundo llamado. Turno ele cien, ventanilla cuatro.');
    expect(recall.parts?.[0]).toEqual({ units: ['segundo llamado'], pauseAfterMs: 350 });
    expect(recall.key).not.toBe(first.key);
  });

  it.each([
    ['R-023', 1, 'Ventanilla 3'],
    ['T-1999', 3, 'Caja 12'],
    ['W-007', 7, 'Módulo B'],
  ] as const)('the clips of %s say exactly its text', (number, count, window) => {
    const announcement = callAnnouncement(call(number, count), window);
    const units = (announcement.parts ?? []).flatMap((part) => part.units);
    expect(words(units.join(' '))).toEqual(words(announcement.text));
  });

  it('always says the window, even one with a name the clips cannot say', () => {
    const announcement = callAnnouncement(call('R-001'), 'Ventanilla 1');
    expect(announcement.text).toContain('ventanilla uno');
    const odd = callAnnouncement({ ...call('?'), number: 'X1' }, 'Atención 2');
    expect(odd.text).toBe('Turno X1, atención dos.');
    expect(odd.parts).toBeNull();
  });
});
