import type { UitTable } from '@cac/shared/domain';
import { feeFromUitPercent, formatSoles } from '@cac/shared/domain';
import type { Language } from '@cac/shared/i18n';
import { moneyProblemMessage } from '@cac/shared/i18n';
import type { ProcedureView } from '@cac/shared/protocol';
import type { CounterTranslate } from '../counter-text';

/** A fee of the catalog: free, fixed in céntimos, or a percentage of the year's UIT. */
export type CatalogFee = ProcedureView['fee'];

/** A fee in words and céntimos, or the sentence saying why it cannot be computed. */
export type FeeText = { ok: true; centimos: number; text: string } | { ok: false; text: string };

/**
 * The fee as the clerk reads it: "Gratuito", "S/ 11.00", or "S/ 553.30 (10.06 % de la UIT 2026)"
 * with the UIT of the office day's year. A year missing from the table is said, not guessed.
 */
export function feeText(
  fee: CatalogFee,
  year: number,
  uitTable: UitTable,
  t: CounterTranslate,
  language: Language,
): FeeText {
  switch (fee.kind) {
    case 'free':
      return { ok: true, centimos: 0, text: t('proc.fee.free') };
    case 'fixed':
      return { ok: true, centimos: fee.centimos, text: formatSoles(fee.centimos) };
    case 'uit-percent': {
      const computed = feeFromUitPercent(fee.percent, year, uitTable);
      if (!computed.ok) return { ok: false, text: moneyProblemMessage(computed.error, language) };
      return {
        ok: true,
        centimos: computed.value,
        text: t('proc.fee.uit', {
          amount: formatSoles(computed.value),
          percent: fee.percent,
          year,
        }),
      };
    }
  }
}
