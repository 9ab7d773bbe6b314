// A .tsx file although it has no JSX: the `ui` test project collects kiosk tests as *.test.tsx.
import { KIOSK_CATALOGS, KIOSK_LANGUAGES, offeredLanguages } from './messages';

describe('offered languages', () => {
  it('are Spanish then English today', () => {
    expect(KIOSK_LANGUAGES).toEqual(['es', 'en']);
  });

  it('leave out a language nobody approved', () => {
    expect(offeredLanguages(KIOSK_CATALOGS, { es: true, en: false })).toEqual(['es']);
  });

  it('leave out a catalog with a missing or empty sentence', () => {
    const { 'kiosk.listen': _missing, ...withoutListen } = KIOSK_CATALOGS.en;
    expect(
      offeredLanguages({ ...KIOSK_CATALOGS, en: withoutListen }, { es: true, en: true }),
    ).toEqual(['es']);
    expect(
      offeredLanguages(
        { ...KIOSK_CATALOGS, en: { ...KIOSK_CATALOGS.en, 'kiosk.listen': ' ' } },
        { es: true, en: true },
      ),
    ).toEqual(['es']);
  });
});
