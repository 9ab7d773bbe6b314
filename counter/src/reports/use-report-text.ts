import { formatSoles } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import type { SlaCompliance } from '@cac/shared/protocol';
import { useLanguage } from '@cac/shared/react';
import { useMemo } from 'react';
import type { CounterTranslate } from '../counter-text';
import { useCounterT } from '../counter-text';
import { formatCount, formatDecimal, formatPercent } from './report-format';

/** The report's sentences and figures in the current language; `—` where nothing was measured. */
export type ReportText = {
  t: CounterTranslate;
  language: Language;
  count(value: number): string;
  decimal(value: number | null): string;
  minutes(value: number | null): string;
  percent(pct: number | null): string;
  /** `301 de 389 (77.4%)`. */
  sla(sla: SlaCompliance): string;
  soles(cents: number): string;
};

/** {@link ReportText} for the language of the screen. */
export function useReportText(): ReportText {
  const t = useCounterT();
  const language = useLanguage();
  return useMemo(() => {
    const none = t('reports.noValue');
    // Every figure the hub could not measure (no tickets to average) is written the same way.
    const measured =
      (format: (value: number) => string) =>
      (value: number | null): string =>
        value === null ? none : format(value);
    const count = (value: number) => formatCount(value, language);
    const decimal = measured((value) => formatDecimal(value, language));
    const percent = measured((pct) => formatPercent(pct, language));
    return {
      t,
      language,
      count,
      decimal,
      minutes: measured((value) => t('reports.minutes', { value: decimal(value) })),
      percent,
      sla: (sla) =>
        sla.evaluated === 0
          ? none
          : t('reports.ofTotal', {
              met: count(sla.met),
              evaluated: count(sla.evaluated),
              pct: percent(sla.pct),
            }),
      // Soles are written the same in both languages (see formatSoles).
      soles: (cents) => formatSoles(cents, 'es-PE'),
    };
  }, [t, language]);
}
