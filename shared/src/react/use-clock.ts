import { useEffect, useMemo, useState } from 'react';
import { useLanguage } from './i18n-context';

/** What {@link useClock} returns. */
export type Clock = {
  /** Epoch ms, corrected by the hub's clock offset. */
  now: number;
  /** `09:05` in the office's time zone. */
  time: string;
  /** `lunes, 10 de marzo de 2025` in the office's time zone and the current language. */
  date: string;
};

const LOCALES = { es: 'es-PE', en: 'en-US' } as const;

/**
 * The office's wall clock, ticking each second. `timeZone` is the office's (America/Lima), never
 * the PC's: a kiosk PC left on another zone must still show Lima time. `offsetMs` is the hub's
 * clock minus this device's, so an old PC with a wrong clock shows the hub's time.
 */
export function useClock(timeZone: string, offsetMs = 0): Clock {
  const language = useLanguage();
  // Local time in state, the offset added at render: a new offset (first snapshot) shows at once.
  const [localNow, setLocalNow] = useState(() => Date.now());
  const now = localNow + offsetMs;
  useEffect(() => {
    const tick = (): void => setLocalNow(Date.now());
    let interval: ReturnType<typeof setInterval> | undefined;
    // Start on a second boundary, so the minute changes when the wall clock's does.
    const start = setTimeout(
      () => {
        tick();
        interval = setInterval(tick, 1000);
      },
      1000 - ((Date.now() + offsetMs) % 1000),
    );
    return () => {
      clearTimeout(start);
      clearInterval(interval);
    };
  }, [offsetMs]);
  const formats = useMemo(() => {
    const locale = LOCALES[language];
    return {
      time: new Intl.DateTimeFormat(locale, {
        timeZone,
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
      }),
      date: new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'long',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
      }),
    };
  }, [language, timeZone]);
  return { now, time: formats.time.format(now), date: formats.date.format(now) };
}
